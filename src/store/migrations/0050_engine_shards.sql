-- Sharded stress runs: a run larger than one Worker invocation is split into shards on the ENGINE_SHARDS queue;
-- each consumer stores its shard's results, and the one that completes the set merges them into the report.
CREATE TABLE engine_runs (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL,                 -- JSON MarketState (D1 rows hold up to 2 MB; larger states need R2)
  seed INTEGER NOT NULL,
  monte_carlo INTEGER NOT NULL,        -- Monte Carlo scenarios in the default set
  scenario_set_hash TEXT NOT NULL,
  shards INTEGER NOT NULL,
  record_cascade INTEGER NOT NULL,
  report TEXT,                         -- JSON StressReport once merged
  created_at TEXT NOT NULL
);

CREATE TABLE engine_shard_results (
  run_id TEXT NOT NULL REFERENCES engine_runs(id),
  shard INTEGER NOT NULL,
  result TEXT NOT NULL,                -- JSON ShardResult
  PRIMARY KEY (run_id, shard)
);
