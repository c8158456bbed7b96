import { proposalKey } from '../check.ts'
import type { Proposal, Verdict } from '../model.ts'

/**
 * Stores a proposal, its verdict and the verdict's parameter changes in one D1 batch (all or nothing), and
 * returns the verdict as stored. A verdict id names its content (the same inputs, seed and engine give the
 * same id), so an id reached again keeps the verdict first stored under it — only its place in the list
 * (`created_at`) moves — which is what lets its page and JSON be cached by id for good.
 */
export async function saveVerdict(db: D1Database, proposal: Proposal, verdict: Verdict): Promise<Verdict> {
  const key = proposalKey(proposal)
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO proposals (key, source, chain_id, governor, proposal_id, title, url, body, actions, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (key) DO UPDATE SET title = excluded.title, url = excluded.url, body = excluded.body, actions = excluded.actions`,
      )
      .bind(key, proposal.source, proposal.chainId, proposal.governor ?? null, proposal.id, proposal.title, proposal.url ?? null, proposal.body ?? null, JSON.stringify(proposal.actions), verdict.provenance.createdAt),
    db.prepare('DELETE FROM parameter_changes WHERE verdict_id = ?1').bind(verdict.id),
    db
      .prepare(
        `INSERT INTO verdicts (id, proposal_key, level, headline, verdict, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at
         RETURNING verdict`,
      )
      .bind(verdict.id, key, verdict.level, verdict.headline, JSON.stringify(verdict), verdict.provenance.createdAt),
    ...verdict.changes.map((change) =>
      db
        .prepare(
          `INSERT INTO parameter_changes (verdict_id, protocol, chain_id, market, asset, symbol, param, before, after, action, note)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
        )
        .bind(verdict.id, change.protocol, change.chainId, change.market, change.asset, change.symbol ?? null, change.param, change.before ?? null, change.after, change.action, change.note ?? null),
    ),
  ])
  const stored = (results[2].results as { verdict: string }[])[0]
  return stored ? (JSON.parse(stored.verdict) as Verdict) : verdict
}
