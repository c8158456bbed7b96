import type { PublicationState } from '../publications/Publication.ts'

/** One publisher's side of a proposal's publication, as GET /v1/proposals shows it. */
export type PublicationStatus = {
  publisher: string
  state: PublicationState
  verdictId: string
  /** The message / post, once created. */
  externalId: string | null
  attempts: number
  lastError: string | null
  /** ISO time of the next attempt, while it is still to do. */
  nextAttemptAt: string | null
}

export type ProposalState = {
  key: string
  source: string
  chainId: number
  governor: string
  id: string
  title: string
  /**
   * seen → checking → posted once every configured publisher confirmed (posted, or had nowhere to post it);
   * publishing while one is pending or retrying; failed when the check failed or a publisher gave up.
   */
  state: 'seen' | 'checking' | 'posted' | 'publishing' | 'failed'
  reason: string | null
  attempts: number
  checkable: boolean
  verdictId: string | null
  via: string
  watchedDao: string | null
  firstSeenAt: string
  updatedAt: string
  publications: PublicationStatus[]
}

export type ListProposalStatesParameters = { state?: ProposalState['state']; limit?: number }

type Row = {
  key: string
  source: string
  chain_id: number
  governor: string
  proposal_id: string
  title: string
  shown_state: ProposalState['state']
  reason: string | null
  attempts: number
  checkable: number
  verdict_id: string | null
  via: string
  watched_dao: string | null
  first_seen_at: string
  updated_at: string
  publications: string
}

// A checked proposal ('posted' in source_proposals: its verdict was handed to the publishers) is shown as
// posted only when no publisher still has it to do.
const shownState = `CASE
  WHEN sp.state = 'posted' AND EXISTS (SELECT 1 FROM publications p WHERE p.proposal_key = sp.key AND p.state = 'failed') THEN 'failed'
  WHEN sp.state = 'posted' AND EXISTS (SELECT 1 FROM publications p WHERE p.proposal_key = sp.key AND p.state IN ('pending', 'failed-retrying')) THEN 'publishing'
  ELSE sp.state END`

const publicationsJson = `(SELECT json_group_array(json_object('publisher', p.publisher, 'state', p.state, 'verdictId', p.verdict_id, 'externalId', p.external_id,
  'attempts', p.attempts, 'lastError', p.last_error, 'nextAttemptAt', p.next_attempt_at)) FROM publications p WHERE p.proposal_key = sp.key)`

/** Discovered proposals, newest activity first, with where each is in the pipeline and with each publisher (GET /v1/proposals). */
export async function listProposalStates(db: D1Database, { state, limit = 100 }: ListProposalStatesParameters = {}): Promise<ProposalState[]> {
  const statement = db.prepare(
    `SELECT * FROM (SELECT sp.*, ${shownState} AS shown_state, ${publicationsJson} AS publications FROM source_proposals sp)
     ${state ? 'WHERE shown_state = ?1' : ''} ORDER BY updated_at DESC, key LIMIT ${Math.max(1, Math.min(limit, 500))}`,
  )
  const { results } = await (state ? statement.bind(state) : statement).all<Row>()
  return results.map((row) => ({
    key: row.key,
    source: row.source,
    chainId: row.chain_id,
    governor: row.governor,
    id: row.proposal_id,
    title: row.title,
    state: row.shown_state,
    reason: row.reason,
    attempts: row.attempts,
    checkable: row.checkable === 1,
    verdictId: row.verdict_id,
    via: row.via,
    watchedDao: row.watched_dao,
    firstSeenAt: row.first_seen_at,
    updatedAt: row.updated_at,
    publications: (JSON.parse(row.publications) as (Omit<PublicationStatus, 'nextAttemptAt'> & { nextAttemptAt: number | null })[]).map((publication) => ({
      ...publication,
      nextAttemptAt: publication.nextAttemptAt === null ? null : new Date(publication.nextAttemptAt).toISOString(),
    })),
  }))
}
