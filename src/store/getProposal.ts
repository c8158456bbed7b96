import type { Proposal } from '../model.ts'

export type StoredProposal = Pick<Proposal, 'source' | 'chainId' | 'governor' | 'id' | 'title' | 'url' | 'body' | 'actions'> & { key: string }

/**
 * A stored proposal by its key (see proposalKey), or by its link (its own URL, or a link in its
 * description such as its forum thread) or chain and id when the key is not known (a user pasting a
 * link into `/firebreak check`). Null when Firebreak has not seen it.
 */
export async function getProposal(db: D1Database, by: { key: string } | { url: string } | { chainId: number; id: string }): Promise<StoredProposal | null> {
  const [where, values] =
    'key' in by ? ['key = ?1', [by.key]] : 'url' in by ? ['url = ?1 OR instr(body, ?1) > 0', [by.url]] : ['chain_id = ?1 AND proposal_id = ?2', [by.chainId, by.id]]
  const row = await db
    .prepare(
      `SELECT key, source, chain_id AS chainId, governor, proposal_id AS id, title, url, body, actions FROM proposals WHERE ${where} ORDER BY created_at DESC LIMIT 1`,
    )
    .bind(...values)
    .first<{ key: string; source: Proposal['source']; chainId: number; governor: string | null; id: string; title: string; url: string | null; body: string | null; actions: string }>()
  if (!row) return null
  return {
    key: row.key,
    source: row.source,
    chainId: row.chainId,
    ...(row.governor ? { governor: row.governor } : {}),
    id: row.id,
    title: row.title,
    ...(row.url ? { url: row.url } : {}),
    ...(row.body ? { body: row.body } : {}),
    actions: JSON.parse(row.actions) as Proposal['actions'],
  }
}
