-- Proposal sources: what is watched, how far each chain has been read, and each discovered proposal's
-- way through the check queue. Idempotency: one row per (source, chain, governor, proposal id, version).

-- Watched DAOs, one row per source (a governor, a payloads controller, a Snapshot space, a forum).
CREATE TABLE watched_daos (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('governor', 'governor-bravo', 'aave-governance-v3', 'aave-payloads-controller', 'snapshot', 'discourse')),
  chain_id INTEGER NOT NULL,
  address TEXT,                        -- governor / payloads controller, lowercase
  protocol TEXT NOT NULL,
  market TEXT,
  snapshot_space TEXT,
  forum_url TEXT,
  forum_category TEXT,
  discord_channel TEXT,
  start_block INTEGER,
  enabled INTEGER NOT NULL DEFAULT 1
);

-- Small facts about the sources themselves ("watched_daos_seeded").
CREATE TABLE source_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- How far each on-chain source has been read: the last confirmed block scanned and its hash (reorg check).
CREATE TABLE source_cursors (
  source_id TEXT PRIMARY KEY,
  block INTEGER NOT NULL,
  block_hash TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Every discovered proposal and where it is: seen → checking → posted | failed (with the reason).
-- `key` is the proposals table's key (source:chainId:governor:id); `version` is a hash of its content,
-- so an edited Snapshot proposal or forum post is checked again and its verdict updated in place.
CREATE TABLE source_proposals (
  key TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  chain_id INTEGER NOT NULL,
  governor TEXT NOT NULL,
  proposal_id TEXT NOT NULL,
  watched_dao TEXT,
  title TEXT NOT NULL,
  proposal TEXT NOT NULL,              -- JSON Proposal, latest version
  version TEXT NOT NULL,
  checkable INTEGER NOT NULL DEFAULT 1, -- 0: recorded only (an Aave proposal whose payloads are checked on their own)
  revision INTEGER NOT NULL DEFAULT 0, -- ordering of versions (block, Snapshot updated time, Discourse post version)
  state TEXT NOT NULL CHECK (state IN ('seen', 'checking', 'posted', 'failed')),
  reason TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  posted_version TEXT,
  verdict_id TEXT,
  via TEXT NOT NULL,                   -- poll | alchemy | quicknode | snapshot | discourse
  first_seen_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX source_proposals_updated ON source_proposals(updated_at DESC);

-- One row per delivery key: a duplicate webhook, an overlapping cron or a redelivered message finds its row
-- and does nothing.
CREATE TABLE source_deliveries (
  source TEXT NOT NULL,
  chain_id INTEGER NOT NULL,
  governor TEXT NOT NULL,
  proposal_id TEXT NOT NULL,
  version TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  PRIMARY KEY (source, chain_id, governor, proposal_id, version)
);

-- Where a verdict was posted, so a changed proposal updates the same Discord message / forum post.
CREATE TABLE publications (
  proposal_key TEXT NOT NULL,
  publisher TEXT NOT NULL,             -- discord | discourse | …
  external_id TEXT NOT NULL,           -- message id, post id
  verdict_id TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (proposal_key, publisher)
);
