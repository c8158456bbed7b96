export type SettleProposalParameters = {
  key: string
  version: string
  outcome: { state: 'failed'; reason: string }
  now?: Date
}

/**
 * Records that a check failed, with the reason GET /v1/proposals shows. (A check that succeeds is recorded
 * with its publications, under the proposal's lease: src/store/publications/handOverVerdict.ts.)
 */
export async function settleProposal(db: D1Database, { key, version, outcome, now = new Date() }: SettleProposalParameters): Promise<void> {
  await db
    .prepare(`UPDATE source_proposals SET state = 'failed', reason = ?1, updated_at = ?2 WHERE key = ?3 AND version = ?4`)
    .bind(outcome.reason.slice(0, 1000), now.toISOString(), key, version)
    .run()
}
