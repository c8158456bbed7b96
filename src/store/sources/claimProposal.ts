import type { Proposal } from '../../model.ts'

export type ClaimProposalParameters = {
  key: string
  version: string
  /** A check still "checking" after this long is taken to have died with its invocation. */
  staleAfterSeconds?: number
  now?: Date
}

export type ClaimProposalReturnType =
  | { status: 'claimed'; proposal: Proposal; attempts: number }
  /** Already posted for this version, or superseded by a newer version: nothing to do. */
  | { status: 'done' }
  /** Another invocation is checking it right now. */
  | { status: 'busy' }

/**
 * Moves a proposal version from seen/failed to checking, atomically, so of two deliveries of one
 * message only one runs the check. Returns the stored Proposal to check.
 */
export async function claimProposal(db: D1Database, { key, version, staleAfterSeconds = 600, now = new Date() }: ClaimProposalParameters): Promise<ClaimProposalReturnType> {
  const staleBefore = new Date(now.getTime() - staleAfterSeconds * 1000).toISOString()
  const claimed = await db
    .prepare(
      `UPDATE source_proposals SET state = 'checking', attempts = attempts + 1, reason = NULL, updated_at = ?1
       WHERE key = ?2 AND version = ?3 AND checkable = 1 AND (posted_version IS NULL OR posted_version != version)
         AND (state IN ('seen', 'failed') OR (state = 'checking' AND updated_at < ?4))
       RETURNING proposal, attempts`,
    )
    .bind(now.toISOString(), key, version, staleBefore)
    .first<{ proposal: string; attempts: number }>()
  if (claimed) return { status: 'claimed', proposal: JSON.parse(claimed.proposal) as Proposal, attempts: claimed.attempts }
  const row = await db.prepare('SELECT state, version FROM source_proposals WHERE key = ?').bind(key).first<{ state: string; version: string }>()
  return row && row.version === version && row.state === 'checking' ? { status: 'busy' } : { status: 'done' }
}
