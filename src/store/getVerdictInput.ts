import type { Action, ParameterChange } from '../model.ts'

export type VerdictInput =
  | { source: string; chainId: number; governor?: string; id: string; title: string; actions: Action[] }
  | { id: string; title: string; changes: ParameterChange[] }

/** What was checked, in the form `firebreak check FILE` and POST /v1/check accept: re-running it gives the same verdict. */
export async function getVerdictInput(db: D1Database, id: string): Promise<VerdictInput | null> {
  const row = await db
    .prepare(
      `SELECT p.source, p.chain_id AS chainId, p.governor, p.proposal_id AS proposalId, p.title, p.actions, v.verdict
       FROM verdicts v JOIN proposals p ON p.key = v.proposal_key WHERE v.id = ?1`,
    )
    .bind(id)
    .first<{ source: string; chainId: number; governor: string | null; proposalId: string; title: string; actions: string; verdict: string }>()
  if (!row) return null
  const actions = JSON.parse(row.actions) as Action[]
  if (actions.length === 0) return { id: row.proposalId, title: row.title, changes: (JSON.parse(row.verdict) as { changes: ParameterChange[] }).changes }
  return { source: row.source, chainId: row.chainId, ...(row.governor ? { governor: row.governor } : {}), id: row.proposalId, title: row.title, actions }
}
