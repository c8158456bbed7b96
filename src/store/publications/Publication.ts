/** Where one publisher's post of one proposal is (see the publications table, migration 0060). */
export type PublicationState = 'pending' | 'posted' | 'failed-retrying' | 'failed' | 'skipped'

export type Publication = {
  proposalKey: string
  publisher: string
  state: PublicationState
  /** The verdict this publisher must show: the one for the proposal's current version. */
  verdictId: string
  /** The proposal version that verdict is for. */
  version: string | null
  /** Where it goes: a Discord channel id, a Discourse topic id (found once, then kept). */
  target: string | null
  /** The one message / post, once created. */
  externalId: string | null
  /** The verdict the post shows now. */
  postedVerdictId: string | null
  /** When a create was sent (ms) that may have been carried out, and the verdict it carried. */
  createSentAt: number | null
  createVerdictId: string | null
  attempts: number
  lastError: string | null
  /** When the next attempt is due (ms); null when there is nothing left to do. */
  nextAttemptAt: number | null
  /** When the current verdict was handed over (ms): retries run for the retry window from here. */
  pendingSince: number
  updatedAt: string
}

export type PublicationRow = {
  proposal_key: string
  publisher: string
  state: PublicationState
  verdict_id: string
  version: string | null
  target: string | null
  external_id: string | null
  posted_verdict_id: string | null
  create_sent_at: number | null
  create_verdict_id: string | null
  attempts: number
  last_error: string | null
  next_attempt_at: number | null
  pending_since: number
  updated_at: string
}

export function publicationFromRow(row: PublicationRow): Publication {
  return {
    proposalKey: row.proposal_key,
    publisher: row.publisher,
    state: row.state,
    verdictId: row.verdict_id,
    version: row.version,
    target: row.target,
    externalId: row.external_id,
    postedVerdictId: row.posted_verdict_id,
    createSentAt: row.create_sent_at,
    createVerdictId: row.create_verdict_id,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    pendingSince: row.pending_since,
    updatedAt: row.updated_at,
  }
}
