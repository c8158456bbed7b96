import type { Env } from '../env.ts'
import type { Verdict } from '../model.ts'
import { discord } from './discord.ts'
import { discourse } from './discourse.ts'
import { PublishError } from './PublishError.ts'
import type { Publisher } from './publisher.ts'

export const publishers: Publisher[] = [discord, discourse]

/** Seconds before a publisher that failed without saying when to come back is tried again. */
export const defaultRetryDelaySeconds = 30

export type PublishOutcome = { publisher: string; status: 'posted' | 'skipped' | 'queued' | 'failed'; error?: string; retryAfterSeconds?: number }

/** Publishers already reported as not configured by this isolate. */
const reported = new Set<string>()

/** Says once per isolate (at its first check, in effect at start-up) that a publisher is off, not once per verdict. */
function reportUnconfigured(name: string): void {
  if (reported.has(name)) return
  reported.add(name)
  console.log(`[${name}] not configured: verdicts are stored and shown on their pages, not posted to ${name}`)
}

/**
 * Posts a verdict everywhere that is configured. A publisher without credentials is skipped (and said so once).
 * One that fails is queued on CHECKS to try again after the delay the service asked for (a 429's
 * Retry-After) — never slept through inside the request — unless trying again cannot help (a 4xx),
 * which is reported as failed. One publisher's failure never stops the others.
 */
export async function publishVerdict(env: Env, verdict: Verdict): Promise<PublishOutcome[]> {
  return Promise.all(
    publishers
      .map(async (publisher): Promise<PublishOutcome> => {
        if (!publisher.configured(env)) {
          reportUnconfigured(publisher.name)
          return { publisher: publisher.name, status: 'skipped' }
        }
        try {
          await publisher.publish(env, verdict)
          return { publisher: publisher.name, status: 'posted' }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          if (error instanceof PublishError && !error.retryable) {
            console.error(`[${publisher.name}] verdict ${verdict.id} not posted: ${message}`)
            return { publisher: publisher.name, status: 'failed', error: message }
          }
          const retryAfterSeconds = error instanceof PublishError && error.retryAfterSeconds ? error.retryAfterSeconds : defaultRetryDelaySeconds
          await env.CHECKS.send({ kind: 'publish', verdictId: verdict.id, publisher: publisher.name }, { delaySeconds: retryAfterSeconds })
          return { publisher: publisher.name, status: 'queued', error: message, retryAfterSeconds }
        }
      }),
  )
}
