import type { Proposal } from '../../model.ts'
import { proposalKey } from '../../check.ts'
import { proposalVersion } from './proposalVersion.ts'

export type RecordProposalParameters = {
  proposal: Proposal
  /** How it was found: poll | alchemy | quicknode | snapshot | discourse. */
  via: string
  watchedDao?: string | null
  /** Orders versions of one proposal: a block number, Snapshot's `updated`, Discourse's post version. */
  revision?: number
  /** False records the proposal without queueing a check, with `reason` saying why. */
  checkable?: boolean
  reason?: string
  now?: Date
}

export type RecordProposalReturnType = {
  key: string
  version: string
  /** 'new': first time this version is seen, queue a check. 'duplicate': seen before. 'stale': an older version than the stored one. 'recorded': stored, nothing to check. */
  outcome: 'new' | 'duplicate' | 'stale' | 'recorded'
}

/**
 * Stores a discovered proposal once per (source, chain, governor, id, version). Duplicate webhooks,
 * overlapping crons and re-scanned blocks find their delivery row and change nothing; a version older
 * than the stored one (out-of-order delivery) is remembered but does not replace the newer one.
 */
export async function recordProposal(db: D1Database, parameters: RecordProposalParameters): Promise<RecordProposalReturnType> {
  const { proposal, via, watchedDao = null, revision = 0, checkable = true, reason = null, now = new Date() } = parameters
  const key = proposalKey(proposal)
  const version = await proposalVersion(proposal)
  const governor = (proposal.governor ?? '').toLowerCase()
  const at = now.toISOString()
  const delivery = await db
    .prepare('INSERT OR IGNORE INTO source_deliveries (source, chain_id, governor, proposal_id, version, first_seen_at) VALUES (?, ?, ?, ?, ?, ?)')
    .bind(proposal.source, proposal.chainId, governor, proposal.id, version, at)
    .run()
  if (delivery.meta.changes === 0) return { key, version, outcome: 'duplicate' }
  const stored = await db
    .prepare(
      `INSERT INTO source_proposals (key, source, chain_id, governor, proposal_id, watched_dao, title, proposal, version, revision, checkable, state, reason, via, first_seen_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'seen', ?12, ?13, ?14, ?14)
       ON CONFLICT (key) DO UPDATE SET title = excluded.title, proposal = excluded.proposal, version = excluded.version, revision = excluded.revision,
         checkable = excluded.checkable, state = 'seen', reason = excluded.reason, attempts = 0, via = excluded.via, updated_at = excluded.updated_at
       WHERE excluded.revision >= source_proposals.revision`,
    )
    .bind(key, proposal.source, proposal.chainId, governor, proposal.id, watchedDao, proposal.title, JSON.stringify(proposal), version, revision, checkable ? 1 : 0, reason, via, at)
    .run()
  if (stored.meta.changes === 0) return { key, version, outcome: 'stale' }
  return { key, version, outcome: checkable ? 'new' : 'recorded' }
}
