-- Where each publisher last posted a proposal's verdict (Discord message id, Discourse post id), so a
-- re-check edits that message or post instead of adding another. Same table as the sources branch's
-- 0003 migration defines; IF NOT EXISTS lets either land first.
CREATE TABLE IF NOT EXISTS publications (
  proposal_key TEXT NOT NULL,
  publisher TEXT NOT NULL,             -- discord | discourse | …
  external_id TEXT NOT NULL,           -- message id, post id
  verdict_id TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (proposal_key, publisher)
);
