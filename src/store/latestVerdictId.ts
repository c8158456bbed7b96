/** The id of the newest verdict on the same proposal as `verdictId` (itself when it is the newest), or null. */
export async function latestVerdictId(db: D1Database, verdictId: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT id FROM verdicts WHERE proposal_key = (SELECT proposal_key FROM verdicts WHERE id = ?1) ORDER BY created_at DESC, id LIMIT 1')
    .bind(verdictId)
    .first<{ id: string }>()
  return row?.id ?? null
}
