import type { Env } from '../env.ts'
import type { QueueMessage } from '../queue/QueueMessage.ts'

/** Seconds a message waits when another invocation owns its proposal (a check of another version, a publish). */
export const ownerWaitSeconds = 10

/**
 * A message whose proposal is owned by another invocation waits: it is sent again with a delay and the
 * caller acks the original, so waiting does not use up the queue's retries (after max_retries a message
 * would be dead-lettered). A lease is held for at most two minutes without renewal, so the wait ends.
 */
export async function waitForOwner(env: Env, body: QueueMessage): Promise<void> {
  await env.CHECKS.send(body, { delaySeconds: ownerWaitSeconds, contentType: 'json' })
}
