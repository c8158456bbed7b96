import type { Env } from '../../env.ts'
import { checkInputOf, checkProposal } from '../../pipeline.ts'
import { ownProposal, type OwnProposalOptions } from '../../publish/ownProposal.ts'
import { configuredPublishers } from '../../publish/publishers.ts'
import { waitForOwner } from '../../publish/waitForOwner.ts'
import { handOverVerdict } from '../../store/publications/handOverVerdict.ts'
import { claimProposal } from '../../store/sources/claimProposal.ts'
import { settleProposal } from '../../store/sources/settleProposal.ts'
import { type CheckMessage, DEAD_LETTER_SUFFIX } from './checkMessage.ts'
import { retryDelaySeconds } from './retryDelaySeconds.ts'

export type ConsumeChecksOptions = OwnProposalOptions & {
  /** The check to run; the pipeline's by default. */
  check?: (env: Env, parameters: Parameters<typeof checkProposal>[1]) => Promise<{ verdict: { id: string } }>
}

/**
 * The queue handler. For each message it becomes the proposal's one owner (its lease: a message whose
 * proposal is being checked or published elsewhere waits), claims the version (so duplicates do nothing),
 * runs the check (which stores the verdict), hands the verdict to the configured publishers and publishes
 * it — or, when a newer version arrived meanwhile, publishes nothing and leaves it to the newer one. A
 * failed check is retried with backoff; after the queue's max_retries it reaches the dead-letter queue,
 * whose messages are marked failed for good. One bad message never fails the batch.
 */
export async function consumeChecks(batch: MessageBatch<CheckMessage>, env: Env, { check = checkProposal, ...options }: ConsumeChecksOptions = {}): Promise<void> {
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
      const owned = await ownProposal(
        env,
        key,
        async (lease) => {
          const claim = await claimProposal(env.DB, { key, version })
          if (claim.status === 'done') return
          const { verdict } = await check(env, checkInputOf(claim.proposal))
          const publishers = configuredPublishers(env).map((publisher) => publisher.name)
          const handed = await handOverVerdict(env.DB, lease, { key, version, verdictId: verdict.id, publishers, now: (options.clock ?? Date.now)() })
          if (handed === 'lease-lost') throw new Error(`the check of ${key} outlasted its lease; it is checked again`)
          if (handed === 'superseded') console.log(`[queue] ${key} version ${version} was superseded during its check; the newer version is published`)
        },
        options,
      )
      if (!owned.owned) await waitForOwner(env, message.body)
      message.ack()
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      await settleProposal(env.DB, { key, version, outcome: { state: 'failed', reason: `attempt ${message.attempts}: ${reason}` } }).catch(() => undefined)
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) })
    }
  }
}
