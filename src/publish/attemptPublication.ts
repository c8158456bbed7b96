import type { Env } from '../env.ts'
import { getVerdict } from '../store/getVerdict.ts'
import type { Lease } from '../store/leases/Lease.ts'
import { renewLease } from '../store/leases/renewLease.ts'
import type { Publication } from '../store/publications/Publication.ts'
import { type PublicationChanges, updatePublication } from '../store/publications/updatePublication.ts'
import { publicationNonce } from './publicationNonce.ts'
import { publishers } from './publishers.ts'
import { PublishError } from './PublishError.ts'
import { publishRetryDelay, publishRetryWindowMs } from './publishRetryDelay.ts'

/** The proposal's lease passed to someone else: this invocation must stop writing and calling out. */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError'
}

export type AttemptPublicationParameters = { lease: Lease; publication: Publication; now: number }

/**
 * One attempt to make a publisher show the publication's verdict, under the proposal's lease — the one
 * place exactly-once is decided:
 * 1. the post exists → edit it (a deleted one is created again);
 * 2. an earlier create may have been carried out (its send was recorded, no post id came back) → look
 *    for the post it made by the page it links, and adopt it;
 * 3. otherwise record that a create is being sent (write-ahead), then create it — on Discord with a
 *    nonce and `enforce_nonce`, so a retry within minutes returns the message already made.
 * Success records the post id; a failure records the error and the next attempt (Retry-After or backoff),
 * and forgets the create only when the service refused it (a 4xx: nothing was made). Every write is fenced
 * by the lease. Returns the publication as it now is.
 */
export async function attemptPublication(env: Env, { lease, publication, now }: AttemptPublicationParameters): Promise<Publication> {
  const write = async (changes: PublicationChanges) => {
    const written = await updatePublication(env.DB, lease, publication, changes, now)
    if (!written) throw new LeaseLostError(`lost the lease on ${lease.key} while publishing to ${publication.publisher}`)
    return written
  }
  const publisher = publishers.find((candidate) => candidate.name === publication.publisher)
  if (!publisher?.configured(env)) return write({ state: 'skipped', lastError: `${publication.publisher} is not configured`, nextAttemptAt: null })
  const verdict = await getVerdict(env.DB, publication.verdictId)
  if (!verdict) return write({ state: 'skipped', lastError: `verdict ${publication.verdictId} is not stored`, nextAttemptAt: null })
  if (!(await renewLease(env.DB, lease, { now }))) throw new LeaseLostError(`lost the lease on ${lease.key} before publishing to ${publication.publisher}`)
  const pageOf = (verdictId: string) => `${env.PUBLIC_URL}/verdicts/${verdictId}`
  const pageUrl = pageOf(verdict.id)
  let creating = false
  try {
    const target = publication.target ?? (await publisher.locate(env, verdict))
    if (target === null) return write({ state: 'skipped', lastError: 'nowhere to post it: no forum thread found for the proposal', nextAttemptAt: null })
    let externalId = publication.externalId
    if (externalId && !(await publisher.edit(env, { target, externalId, verdict, pageUrl }))) externalId = null
    if (!externalId && publication.createSentAt !== null && publication.createVerdictId) {
      externalId = await publisher.findCreated(env, { target, pageUrl: pageOf(publication.createVerdictId), since: publication.createSentAt })
      if (externalId && publication.createVerdictId !== verdict.id && !(await publisher.edit(env, { target, externalId, verdict, pageUrl }))) externalId = null
    }
    if (!externalId) {
      await write({ target, createSentAt: now, createVerdictId: verdict.id })
      creating = true
      externalId = await publisher.create(env, { target, verdict, pageUrl, nonce: await publicationNonce(publication.proposalKey, publication.version ?? verdict.id) })
    }
    return await write({ state: 'posted', target, externalId, postedVerdictId: verdict.id, createSentAt: null, createVerdictId: null, lastError: null, nextAttemptAt: null })
  } catch (error) {
    if (error instanceof LeaseLostError) throw error
    const attempts = publication.attempts + 1
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    const refused = error instanceof PublishError && !error.ambiguous
    const givingUp = now - publication.pendingSince >= publishRetryWindowMs
    if (givingUp) console.error(`[${publisher.name}] gave up on ${publication.proposalKey} after ${attempts} attempts over the retry window: ${reason}`)
    else console.warn(`[${publisher.name}] ${publication.proposalKey} attempt ${attempts} failed: ${reason}`)
    return write({
      state: givingUp ? 'failed' : 'failed-retrying',
      attempts,
      lastError: `attempt ${attempts}: ${reason}`.slice(0, 1000),
      nextAttemptAt: givingUp ? null : now + publishRetryDelay(attempts, error),
      ...(creating && refused ? { createSentAt: null, createVerdictId: null } : {}),
    })
  }
}
