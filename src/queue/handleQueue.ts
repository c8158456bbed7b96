import type { Env } from '../env.ts'
import { runSlashCommand } from '../http/interactions/runSlashCommand.ts'
import { statusMessage } from '../http/interactions/statusMessage.ts'
import { editInteractionReply } from '../publish/discord/editInteractionReply.ts'
import { ownProposal, type OwnProposalOptions } from '../publish/ownProposal.ts'
import { PublishError } from '../publish/PublishError.ts'
import { waitForOwner } from '../publish/waitForOwner.ts'
import { type CheckMessage, DEAD_LETTER_SUFFIX } from '../sources/queue/checkMessage.ts'
import { type ConsumeChecksOptions, consumeChecks } from '../sources/queue/consumeChecks.ts'
import { postSystemicReport } from '../systemic/postSystemicReport.ts'
import type { InteractionMessage, PublishMessage, QueueMessage, SystemicPostMessage } from './QueueMessage.ts'

/** Seconds before a slash-command follow-up that failed without saying when to come back is tried again. */
const followUpRetrySeconds = 30

/**
 * The CHECKS queue consumer (and its dead-letter queue's). Proposal checks go to consumeChecks; publication
 * attempts and slash-command follow-ups are handled here. Each message is acked when handled. A publication
 * attempt records its own outcome and schedules its own retry (src/publish/ownProposal.ts), so its message is
 * acked even when the publisher failed; one that reaches the dead-letter queue is acked there and left to the
 * cron, which re-drives every overdue publication. A follow-up that failed in a way worth retrying is retried
 * alone, after the delay the remote service asked for; one that cannot succeed (a 4xx) is logged and acked.
 */
export async function handleQueue(batch: MessageBatch<QueueMessage>, env: Env, options: ConsumeChecksOptions = {}): Promise<void> {
  const checks = batch.messages.filter((message): message is Message<CheckMessage> => !isKinded(message.body))
  if (checks.length > 0)
    await consumeChecks(
      {
        queue: batch.queue,
        metadata: batch.metadata,
        messages: checks,
        ackAll: () => checks.forEach((message) => message.ack()),
        retryAll: (options) => checks.forEach((message) => message.retry(options)),
      },
      env,
      options,
    )
  const deadLetters = batch.queue.endsWith(DEAD_LETTER_SUFFIX)
  for (const message of batch.messages) {
    const body = message.body
    if (!isKinded(body)) continue
    if (deadLetters) {
      const fate = body.kind === 'publish' ? 'its publications stay recorded and the cron re-drives them' : 'dropped'
      console.error(`[queue] ${body.kind} dead-lettered after ${message.attempts} deliveries (${fate}): ${JSON.stringify(body).slice(0, 300)}`)
      message.ack()
      continue
    }
    try {
      if (body.kind === 'publish') await publish(env, body, options)
      else if (body.kind === 'systemic-post') await postSystemicReport(env, body.week)
      else await finishInteraction(env, body)
      message.ack()
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      if (error instanceof PublishError && !error.retryable) {
        console.error(`[queue] ${body.kind} failed for good: ${text}`)
        message.ack()
        continue
      }
      const delaySeconds = error instanceof PublishError && error.retryAfterSeconds ? error.retryAfterSeconds : followUpRetrySeconds
      console.warn(`[queue] ${body.kind} attempt ${message.attempts} failed, retrying in ${delaySeconds}s: ${text}`)
      message.retry({ delaySeconds })
    }
  }
}

function isKinded(body: QueueMessage | undefined): body is PublishMessage | InteractionMessage | SystemicPostMessage {
  return typeof body === 'object' && body !== null && 'kind' in body && (body.kind === 'publish' || body.kind === 'interaction' || body.kind === 'systemic-post')
}

/** The attempts due for one proposal's publications, as its owner; when it is owned elsewhere, wait. */
async function publish(env: Env, message: PublishMessage, options: OwnProposalOptions): Promise<void> {
  if (typeof message.key !== 'string') return console.error(`[queue] dropping a publish message without a proposal key: ${JSON.stringify(message).slice(0, 200)}`)
  const owned = await ownProposal(env, message.key, async () => undefined, options)
  if (!owned.owned) await waitForOwner(env, message)
}

async function finishInteraction(env: Env, { applicationId, token, command }: InteractionMessage): Promise<void> {
  const body = command.name === 'status' ? await statusMessage(env) : await runSlashCommand(env, command)
  await editInteractionReply({ applicationId, token, body, api: env.DISCORD_API_URL })
}
