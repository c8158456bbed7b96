import type { Env } from '../env.ts'
import { acquireLease } from '../store/leases/acquireLease.ts'
import type { Lease } from '../store/leases/Lease.ts'
import { releaseLease } from '../store/leases/releaseLease.ts'
import { LeaseLostError } from './attemptPublication.ts'
import { drivePublications, type DrivePublicationsReturnType } from './drivePublications.ts'

export type OwnProposalOptions = {
  /** The clock (ms); tests move it to run retries hours apart. */
  clock?: () => number
}

export type OwnProposalReturnType<T> =
  /** Another invocation owns the proposal now: try again shortly (see waitForOwner). */
  | { owned: false }
  | { owned: true; result: T; publications: DrivePublicationsReturnType | null }

/** The longest delay a queue message can carry (Cloudflare Queues: 12 hours). */
const maxDelaySeconds = 43_200

/**
 * Runs `work` as the one owner of a proposal key, then makes every publication attempt that is due for it,
 * schedules the next one on the CHECKS queue, and lets go. Everything that checks or publishes a proposal
 * goes through here, so two deliveries, two versions or a retry and a re-check never post at once; a
 * holder that loses its lease mid-way (it stalled past the expiry) stops without writing.
 */
export async function ownProposal<T>(env: Env, key: string, work: (lease: Lease) => Promise<T>, { clock = Date.now }: OwnProposalOptions = {}): Promise<OwnProposalReturnType<T>> {
  const lease = await acquireLease(env.DB, { key, now: clock() })
  if (!lease) return { owned: false }
  try {
    const result = await work(lease)
    let publications: DrivePublicationsReturnType | null = null
    try {
      const now = clock()
      publications = await drivePublications(env, lease, { now })
      if (publications.attempted && publications.nextAttemptAt !== null) await schedulePublications(env, key, publications.nextAttemptAt - now)
    } catch (error) {
      // The work is done and recorded; what is left to publish is in the publications rows, which the next
      // owner or the cron's re-drive picks up. A failure here must not undo or repeat the work.
      if (error instanceof LeaseLostError) console.warn(`[publish] ${error.message}; its new owner carries on`)
      else console.error(`[publish] publishing ${key} stopped (the cron re-drives it): ${error instanceof Error ? error.message : error}`)
    }
    return { owned: true, result, publications }
  } finally {
    await releaseLease(env.DB, lease).catch((error: unknown) => console.error(`[publish] could not release the lease on ${key}: ${error}`))
  }
}

/**
 * Queues the proposal's next publication attempt. A send that fails is only logged: the cron finds the
 * overdue publication (takeOverduePublications) and queues it again.
 */
async function schedulePublications(env: Env, key: string, delayMs: number): Promise<void> {
  const delaySeconds = Math.min(maxDelaySeconds, Math.max(1, Math.ceil(delayMs / 1000)))
  await env.CHECKS.send({ kind: 'publish', key }, { delaySeconds, contentType: 'json' }).catch((error: unknown) =>
    console.error(`[publish] could not queue the next attempt for ${key} (the cron will): ${error}`),
  )
}
