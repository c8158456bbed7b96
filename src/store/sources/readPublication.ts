export type Publication = { proposalKey: string; publisher: string; externalId: string; verdictId: string; updatedAt: string }

/**
 * Where a proposal's verdict was last posted by one publisher (a Discord message id, a forum post id),
 * so a changed proposal edits that post instead of posting again. Null when it was never posted there.
 */
export async function readPublication(db: D1Database, proposalKey: string, publisher: string): Promise<Publication | null> {
  const row = await db
    .prepare('SELECT external_id, verdict_id, updated_at FROM publications WHERE proposal_key = ? AND publisher = ?')
    .bind(proposalKey, publisher)
    .first<{ external_id: string; verdict_id: string; updated_at: string }>()
  return row ? { proposalKey, publisher, externalId: row.external_id, verdictId: row.verdict_id, updatedAt: row.updated_at } : null
}
