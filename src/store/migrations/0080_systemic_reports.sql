-- The weekly systemic-risk report (src/systemic/): one row per ISO week, the first report of the week kept, and
-- where it was posted in Discord, so the weekly post happens once even when the cron and a retry overlap.
CREATE TABLE systemic_reports (
  week TEXT PRIMARY KEY,               -- ISO 8601 week, e.g. 2026-W48
  id TEXT NOT NULL,                    -- report id: hash of graph hash, engine version and week
  graph_hash TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  report TEXT NOT NULL,                -- JSON SystemicReport
  created_at TEXT NOT NULL,
  discord_message_id TEXT,             -- set once posted
  discord_claimed_at TEXT              -- a post in progress (a claim older than a few minutes is abandoned)
);
