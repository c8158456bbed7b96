import type { Verdict } from '../model.ts'

/** A stored verdict by id, or null. */
export async function getVerdict(db: D1Database, id: string): Promise<Verdict | null> {
  const row = await db.prepare('SELECT verdict FROM verdicts WHERE id = ?1').bind(id).first<{ verdict: string }>()
  return row ? (JSON.parse(row.verdict) as Verdict) : null
}
