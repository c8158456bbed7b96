/** A claim on a week's Discord post older than this is taken to be abandoned (the invocation died mid-post). */
export const SYSTEMIC_POST_CLAIM_MINUTES = 10

/**
 * Claims the week's Discord post: true for exactly one caller while the report is unposted and no fresh claim is
 * held, so overlapping crons and retries post at most once.
 */
export async function claimSystemicPost(db: D1Database, week: string, now: Date): Promise<boolean> {
  const stale = new Date(now.getTime() - SYSTEMIC_POST_CLAIM_MINUTES * 60_000).toISOString()
  const result = await db
    .prepare('UPDATE systemic_reports SET discord_claimed_at = ?2 WHERE week = ?1 AND discord_message_id IS NULL AND (discord_claimed_at IS NULL OR discord_claimed_at < ?3)')
    .bind(week, now.toISOString(), stale)
    .run()
  return result.meta.changes === 1
}
