-- Proposals seen, the parameter changes decoded from them, and the verdicts reached.
CREATE TABLE proposals (
  key TEXT PRIMARY KEY,                -- source:chainId:governor:id
  source TEXT NOT NULL,
  chain_id INTEGER NOT NULL,
  governor TEXT,
  proposal_id TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT,
  body TEXT,
  actions TEXT NOT NULL,               -- JSON Action[]
  created_at TEXT NOT NULL
);

CREATE TABLE parameter_changes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  verdict_id TEXT NOT NULL REFERENCES verdicts(id),
  protocol TEXT NOT NULL,
  chain_id INTEGER NOT NULL,
  market TEXT NOT NULL,
  asset TEXT,
  symbol TEXT,
  param TEXT NOT NULL,
  before TEXT,
  after TEXT NOT NULL,
  action INTEGER NOT NULL,
  note TEXT
);
CREATE INDEX parameter_changes_verdict ON parameter_changes(verdict_id);

CREATE TABLE verdicts (
  id TEXT PRIMARY KEY,
  proposal_key TEXT NOT NULL REFERENCES proposals(key),
  level TEXT NOT NULL CHECK (level IN ('PASS', 'CAUTION', 'FAIL', 'REVIEW')),
  headline TEXT NOT NULL,
  verdict TEXT NOT NULL,               -- JSON Verdict
  created_at TEXT NOT NULL
);
CREATE INDEX verdicts_created ON verdicts(created_at DESC);
CREATE INDEX verdicts_proposal ON verdicts(proposal_key);
