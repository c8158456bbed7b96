import { type Lease, leaseHeld } from '../leases/Lease.ts'
import type { Publication } from './Publication.ts'

export type PublicationChanges = Partial<
  Pick<Publication, 'state' | 'target' | 'externalId' | 'postedVerdictId' | 'createSentAt' | 'createVerdictId' | 'attempts' | 'lastError' | 'nextAttemptAt'>
>

const columns: Record<keyof PublicationChanges, string> = {
  state: 'state',
  target: 'target',
  externalId: 'external_id',
  postedVerdictId: 'posted_verdict_id',
  createSentAt: 'create_sent_at',
  createVerdictId: 'create_verdict_id',
  attempts: 'attempts',
  lastError: 'last_error',
  nextAttemptAt: 'next_attempt_at',
}

/**
 * Writes what an attempt learned (a post id, a create about to be sent, a failure) — only while the writer
 * still holds the proposal's lease, so a holder that lost it cannot overwrite its successor. Returns the row
 * as written, or null when the lease was lost and nothing was written.
 */
export async function updatePublication(db: D1Database, lease: Lease, publication: Publication, changes: PublicationChanges, now = Date.now()): Promise<Publication | null> {
  const entries = Object.entries(changes) as [keyof PublicationChanges, unknown][]
  const assignments = entries.map(([field], index) => `${columns[field]} = ?${index + 5}`)
  const written = await db
    .prepare(`UPDATE publications SET ${[...assignments, 'updated_at = ?4'].join(', ')} WHERE proposal_key = ?1 AND publisher = ?2 AND ${leaseHeld('?1', '?3')}`)
    .bind(publication.proposalKey, publication.publisher, lease.fence, new Date(now).toISOString(), ...entries.map(([, value]) => value ?? null))
    .run()
  return written.meta.changes > 0 ? { ...publication, ...changes, updatedAt: new Date(now).toISOString() } : null
}
