import type { Proposal } from '../../model.ts'

/**
 * The latest version of a discovered proposal exactly as its check read it (source_proposals.proposal,
 * including the changes parsed from a forum or Snapshot table), or null when no watched source found it.
 */
export async function getSourceProposal(db: D1Database, key: string): Promise<Proposal | null> {
  const row = await db.prepare('SELECT proposal FROM source_proposals WHERE key = ?1').bind(key).first<{ proposal: string }>()
  return row ? (JSON.parse(row.proposal) as Proposal) : null
}
