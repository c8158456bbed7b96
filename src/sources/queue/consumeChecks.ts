import type { Env } from '../../env.ts'
import { checkProposal } from '../../pipeline.ts'
import { claimProposal } from '../../store/sources/claimProposal.ts'
import { settleProposal } from '../../store/sources/settleProposal.ts'
import { type CheckMessage, DEAD_LETTER_SUFFIX } from './checkMessage.ts'
import { retryDelaySeconds } from './retryDelaySeconds.ts'

export type ConsumeChecksOptions = {
  /** The check to run; the pipeline's by default. */
  check?: (env: Env, parameters: Parameters<typeof checkProposal>[1]) => Promise<{ verdict: { id: string } }>
}

/**
 * The queue handler. For each message it claims the proposal version (so duplicates do nothing), runs
 * the check (which stores and publishes the verdict), and records posted or failed-with-reason. A failed
 * check is retried with backoff; after the queue's max_retries it reaches the dead-letter queue, whose
 * messages are marked failed for good. One bad message never fails the batch.
 */
export async function consumeChecks(batch: MessageBatch<CheckMessage>, env: Env, { check = checkProposal }: ConsumeChecksOptions = {}): Promise<void> {
  const deadLetters = batch.queue.endsWith(DEAD_LETTER_SUFFIX)
  for (const message of batch.messages) {
    const { key, version } = message.body ?? {}
    if (typeof key !== 'string' || typeof version !== 'string') {
      console.error(`queue ${batch.queue}: dropping malformed message ${message.id}`)
      message.ack()
      continue
    }
    if (deadLetters) {
      await settleProposal(env.DB, { key, version, outcome: { state: 'failed', reason: `gave up after ${message.attempts} deliveries on ${batch.queue.slice(0, -DEAD_LETTER_SUFFIX.length)}` } })
      message.ack()
      continue
    }
    try {
      const claim = await claimProposal(env.DB, { key, version })
      if (claim.status === 'done') {
        message.ack()
        continue
      }
      if (claim.status === 'busy') {
        message.retry({ delaySeconds: 60 })
        continue
      }
      const { proposal } = claim
      const { verdict } = await check(env, { proposal, ...(proposal.actions.length === 0 && proposal.changes ? { changes: proposal.changes } : {}) })
      await settleProposal(env.DB, { key, version, outcome: { state: 'posted', verdictId: verdict.id } })
      message.ack()
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      await settleProposal(env.DB, { key, version, outcome: { state: 'failed', reason: `attempt ${message.attempts}: ${reason}` } }).catch(() => undefined)
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
}
