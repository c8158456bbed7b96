export type ProposalState = {
  key: string
  source: string
  chainId: number
  governor: string
  id: string
  title: string
  state: 'seen' | 'checking' | 'posted' | 'failed'
  reason: string | null
  attempts: number
  checkable: boolean
  verdictId: string | null
  via: string
  watchedDao: string | null
  firstSeenAt: string
  updatedAt: string
}

export type ListProposalStatesParameters = { state?: ProposalState['state']; limit?: number }

type Row = {
  key: string
  source: string
  chain_id: number
  governor: string
  proposal_id: string
  title: string
  state: ProposalState['state']
  reason: string | null
  attempts: number
  checkable: number
  verdict_id: string | null
  via: string
  watched_dao: string | null
  first_seen_at: string
  updated_at: string
}

/** Discovered proposals, newest activity first, with where each is in the pipeline (GET /v1/proposals). */
export async function listProposalStates(db: D1Database, { state, limit = 100 }: ListProposalStatesParameters = {}): Promise<ProposalState[]> {
  const where = state ? 'WHERE state = ?1' : ''
  const statement = db.prepare(`SELECT * FROM source_proposals ${where} ORDER BY updated_at DESC, key LIMIT ${Math.max(1, Math.min(limit, 500))}`)
  const { results } = await (state ? statement.bind(state) : statement).all<Row>()
  return results.map((row) => ({
    key: row.key,
    source: row.source,
    chainId: row.chain_id,
    governor: row.governor,
    id: row.proposal_id,
    title: row.title,
    state: row.state,
    reason: row.reason,
    attempts: row.attempts,
    checkable: row.checkable === 1,
    verdictId: row.verdict_id,
    via: row.via,
    watchedDao: row.watched_dao,
    firstSeenAt: row.first_seen_at,
    updatedAt: row.updated_at,
  }))
}
