import type { Env } from '../env.ts'
import type { Verdict } from '../model.ts'
import { discord } from './discord.ts'
import { discourse } from './discourse.ts'
import type { Publisher } from './publisher.ts'

export const publishers: Publisher[] = [discord, discourse]

export type PublishOutcome = { publisher: string; status: 'posted' | 'skipped' | 'failed'; error?: string }

/**
 * Posts a verdict everywhere that is configured. A publisher without credentials logs and is skipped;
 * one that fails is reported as failed (the caller retries it) and does not stop the others.
 */
export async function publishVerdict(env: Env, verdict: Verdict): Promise<PublishOutcome[]> {
  return Promise.all(
    publishers.map(async (publisher): Promise<PublishOutcome> => {
      if (!publisher.configured(env)) {
        console.log(`[${publisher.name}] not configured; verdict ${verdict.id} (${verdict.level}) not posted`)
        return { publisher: publisher.name, status: 'skipped' }
      }
      try {
        await publisher.publish(env, verdict)
        return { publisher: publisher.name, status: 'posted' }
      } catch (error) {
        return { publisher: publisher.name, status: 'failed', error: error instanceof Error ? error.message : String(error) }
      }
    }),
  )
}
