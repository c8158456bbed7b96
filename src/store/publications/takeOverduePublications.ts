export type TakeOverduePublicationsParameters = {
  now?: number
  /** A publication this far past its next attempt lost its queue message (or it reached the dead-letter queue). */
  graceMs?: number
  limit?: number
}

/**
 * Proposal keys with a publication still to do (pending or failed-retrying) whose next attempt is overdue:
 * their scheduled message was lost, dead-lettered, or never sent. The cron queues them again.
 */
export async function takeOverduePublications(db: D1Database, { now = Date.now(), graceMs = 120_000, limit = 100 }: TakeOverduePublicationsParameters = {}): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT DISTINCT proposal_key FROM publications
       WHERE next_attempt_at IS NOT NULL AND next_attempt_at < ?1 AND state IN ('pending', 'failed-retrying')
       ORDER BY proposal_key LIMIT ?2`,
    )
    .bind(now - graceMs, limit)
    .all<{ proposal_key: string }>()
  return results.map((row) => row.proposal_key)
}
