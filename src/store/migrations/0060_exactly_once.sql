-- Exactly-once publishing (issue #17).
--
-- proposal_leases: one owner per proposal key. Whoever checks or publishes a proposal holds its lease;
-- taking an expired lease raises the fencing token, and every write a holder makes (the checked verdict,
-- a post id, a failure) is conditional on its token, so a holder that died or stalled past its expiry
-- can no longer write anything.
CREATE TABLE proposal_leases (
  key TEXT PRIMARY KEY,                -- proposals.key / source_proposals.key
  fence INTEGER NOT NULL,              -- fencing token: +1 each time the lease changes hands
  holder TEXT NOT NULL,                -- random id of the invocation holding it (for the logs)
  expires_at INTEGER NOT NULL          -- ms since the epoch; 0 once released
);

-- publications: one row per (proposal, publisher), with its own state, replacing 0003's table (which only
-- remembered a post id). pending → posted, or failed-retrying (last error, next attempt) until posted; failed
-- once retries have run for the whole retry window; skipped when there is nowhere to post (no forum thread).
CREATE TABLE publications_0060 (
  proposal_key TEXT NOT NULL,
  publisher TEXT NOT NULL,             -- discord | discourse
  state TEXT NOT NULL CHECK (state IN ('pending', 'posted', 'failed-retrying', 'failed', 'skipped')),
  verdict_id TEXT NOT NULL,            -- the verdict this publisher must show: the proposal's current version's
  version TEXT,                        -- the source_proposals version that verdict is for (the create's nonce)
  target TEXT,                         -- where it goes: a Discord channel id, a Discourse topic id
  external_id TEXT,                    -- the one message / post, once created
  posted_verdict_id TEXT,              -- the verdict the post shows now
  create_sent_at INTEGER,              -- ms: a create was sent and may have been carried out (written before sending)
  create_verdict_id TEXT,              -- the verdict that create carried: its page link finds the post it made
  attempts INTEGER NOT NULL DEFAULT 0, -- failed attempts for the current verdict
  last_error TEXT,
  next_attempt_at INTEGER,             -- ms; null once posted, skipped or failed
  pending_since INTEGER NOT NULL,      -- ms: when the current verdict was handed over; the retry window runs from here
  updated_at TEXT NOT NULL,
  PRIMARY KEY (proposal_key, publisher)
);
INSERT INTO publications_0060 (proposal_key, publisher, state, verdict_id, external_id, posted_verdict_id, pending_since, updated_at)
  SELECT proposal_key, publisher, 'posted', verdict_id, external_id, verdict_id, 0, updated_at FROM publications;
DROP TABLE publications;
ALTER TABLE publications_0060 RENAME TO publications;
CREATE INDEX publications_due ON publications(next_attempt_at) WHERE next_attempt_at IS NOT NULL;
