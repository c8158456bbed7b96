import type { VerdictLevel } from '../model.ts'

export type VerdictSummary = {
  id: string
  level: VerdictLevel
  headline: string
  title: string
  proposalKey: string
  createdAt: string
}

/** The most recent verdicts, newest first. */
export async function listVerdicts(db: D1Database, { limit = 50 }: { limit?: number } = {}): Promise<VerdictSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT v.id, v.level, v.headline, p.title, v.proposal_key AS proposalKey, v.created_at AS createdAt
       FROM verdicts v JOIN proposals p ON p.key = v.proposal_key ORDER BY v.created_at DESC, v.id LIMIT ?1`,
    )
    .bind(Math.min(Math.max(limit, 1), 200))
    .all<VerdictSummary>()
  return results
}

