-- Market states read from chains by the scheduled refresh (src/store/refreshSnapshots.ts): one row per distinct
-- state (same content hash = same state), the latest per market found by created_at.
CREATE TABLE market_snapshots (
  content_hash TEXT PRIMARY KEY,       -- sha-256 of the canonical MarketState without its hash
  protocol TEXT NOT NULL,
  chain_id INTEGER NOT NULL,
  market TEXT NOT NULL,                -- checksummed pool / comptroller / comet address
  block INTEGER NOT NULL,
  block_timestamp TEXT NOT NULL,
  state TEXT NOT NULL,                 -- JSON MarketState
  created_at TEXT NOT NULL
);
CREATE INDEX market_snapshots_latest ON market_snapshots(chain_id, market, created_at DESC);
