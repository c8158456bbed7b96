export type SettleProposalParameters = {
  key: string
  version: string
  outcome: { state: 'posted'; verdictId: string } | { state: 'failed'; reason: string }
  now?: Date
}

/** Records how a check ended: posted (with its verdict) or failed (with the reason, shown by GET /v1/proposals). */
export async function settleProposal(db: D1Database, { key, version, outcome, now = new Date() }: SettleProposalParameters): Promise<void> {
  if (outcome.state === 'posted')
    await db
      .prepare(`UPDATE source_proposals SET state = 'posted', posted_version = version, verdict_id = ?1, reason = NULL, updated_at = ?2 WHERE key = ?3 AND version = ?4`)
      .bind(outcome.verdictId, now.toISOString(), key, version)
      .run()
  else
    await db
      .prepare(`UPDATE source_proposals SET state = 'failed', reason = ?1, updated_at = ?2 WHERE key = ?3 AND version = ?4`)
      .bind(outcome.reason.slice(0, 1000), now.toISOString(), key, version)
      .run()
}
