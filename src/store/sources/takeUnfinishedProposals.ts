import type { CheckMessage } from '../../sources/queue/checkMessage.ts'

export type TakeUnfinishedProposalsParameters = { olderThanSeconds?: number; limit?: number; now?: Date }

/**
 * Checkable proposals stuck in seen or checking for longer than `olderThanSeconds` — a queue send that
 * failed, or an invocation that died mid-check. Marks them touched (so the next cron does not take
 * them again at once) and returns them for the cron to queue again: nothing found is ever dropped.
 */
export async function takeUnfinishedProposals(db: D1Database, { olderThanSeconds = 900, limit = 50, now = new Date() }: TakeUnfinishedProposalsParameters = {}): Promise<CheckMessage[]> {
  const before = new Date(now.getTime() - olderThanSeconds * 1000).toISOString()
  const { results } = await db
    .prepare(
      `UPDATE source_proposals SET updated_at = ?1
       WHERE key IN (SELECT key FROM source_proposals WHERE checkable = 1 AND state IN ('seen', 'checking') AND updated_at < ?2 ORDER BY updated_at LIMIT ?3)
       RETURNING key, version`,
    )
    .bind(now.toISOString(), before, limit)
    .all<CheckMessage>()
  return results
}
