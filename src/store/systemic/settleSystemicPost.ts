/** Ends a claimed post: records the message id when it was posted, or releases the claim for a retry when it failed. */
export async function settleSystemicPost(db: D1Database, week: string, messageId: string | null): Promise<void> {
  await db.prepare('UPDATE systemic_reports SET discord_message_id = ?2, discord_claimed_at = NULL WHERE week = ?1').bind(week, messageId).run()
}
