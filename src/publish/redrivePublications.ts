import type { Env } from '../env.ts'
import { takeOverduePublications } from '../store/publications/takeOverduePublications.ts'

/**
 * The cron's safety net for publishing: every proposal with a publication whose next attempt is overdue —
 * its queued attempt was lost or dead-lettered — is queued again. Together with the backoff this keeps a
 * failing publisher retried for the whole retry window (72 h) instead of giving up after the queue's retries.
 */
export async function redrivePublications(env: Env, { now = Date.now() }: { now?: number } = {}): Promise<number> {
  const keys = await takeOverduePublications(env.DB, { now })
  if (keys.length) await env.CHECKS.sendBatch(keys.map((key) => ({ body: { kind: 'publish' as const, key }, contentType: 'json' as const })))
  return keys.length
}
