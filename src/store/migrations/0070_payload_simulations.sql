-- Aave payloads run on a chain by the queue consumer (src/protocols/aave/simulateProposalPayloads.ts): one row per
-- (chain, payload, executor, block), so a re-check of the same payload reuses the pinned result instead of simulating again.
CREATE TABLE payload_simulations (
  chain_id INTEGER NOT NULL,
  payload TEXT NOT NULL,               -- checksummed payload address
  executor TEXT NOT NULL,              -- checksummed executor it ran as
  block_number INTEGER NOT NULL,
  result TEXT NOT NULL,                -- JSON PayloadOutcome (changes with action 0, unmodelled fields, method, revert)
  created_at TEXT NOT NULL,
  PRIMARY KEY (chain_id, payload, executor, block_number)
);
CREATE INDEX payload_simulations_latest ON payload_simulations(chain_id, payload, executor, created_at DESC);
