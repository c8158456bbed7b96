import type { Proposal } from '../../model.ts'

export type ClaimProposalParameters = { key: string; version: string; now?: Date }

export type ClaimProposalReturnType =
  | { status: 'claimed'; proposal: Proposal; attempts: number }
  /** Already checked for this version, superseded by a newer version, or not checkable: nothing to do. */
  | { status: 'done' }

/**
 * Moves a proposal version to checking and returns the stored Proposal to check, unless the version is
 * already done or no longer current. Call it holding the proposal's lease (src/publish/ownProposal.ts):
 * the lease is what makes the check run once — a version left "checking" by an invocation that died is
 * claimed again by the next holder.
 */
export async function claimProposal(db: D1Database, { key, version, now = new Date() }: ClaimProposalParameters): Promise<ClaimProposalReturnType> {
  const claimed = await db
    .prepare(
      `UPDATE source_proposals SET state = 'checking', attempts = attempts + 1, reason = NULL, updated_at = ?1
       WHERE key = ?2 AND version = ?3 AND checkable = 1 AND (posted_version IS NULL OR posted_version != version)
       RETURNING proposal, attempts`,
    )
    .bind(now.toISOString(), key, version)
    .first<{ proposal: string; attempts: number }>()
  return claimed ? { status: 'claimed', proposal: JSON.parse(claimed.proposal) as Proposal, attempts: claimed.attempts } : { status: 'done' }
}
