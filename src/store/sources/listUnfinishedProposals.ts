export type UnfinishedProposal = { key: string; version: string }

/**
 * Checkable proposals stuck in seen or checking for longer than `olderThanSeconds` — a queue send that
 * failed, or an invocation that died — so the cron can queue them again and nothing is missed.
 */
export async function listUnfinishedProposals(db: D1Database, { olderThanSeconds = 900, now = new Date(), limit = 50 } = {}): Promise<UnfinishedProposal[]> {
  const before = new Date(now.getTime() - olderThanSeconds * 1000).toISOString()
  const { results } = await db
    .prepare(`SELECT key, version FROM source_proposals WHERE checkable = 1 AND state IN ('seen', 'checking') AND updated_at < ? ORDER BY updated_at LIMIT ?`)
    .bind(before, limit)
    .all<UnfinishedProposal>()
  return results
}
