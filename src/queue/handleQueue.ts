import type { Env } from '../env.ts'
import { runSlashCommand } from '../http/interactions/runSlashCommand.ts'
import { editInteractionReply } from '../publish/discord/editInteractionReply.ts'
import { PublishError } from '../publish/PublishError.ts'
import { defaultRetryDelaySeconds, publishers } from '../publish/publishVerdict.ts'
import { type CheckMessage, DEAD_LETTER_SUFFIX } from '../sources/queue/checkMessage.ts'
import { consumeChecks } from '../sources/queue/consumeChecks.ts'
import { getVerdict } from '../store/getVerdict.ts'
import { latestVerdictId } from '../store/latestVerdictId.ts'
import { postSystemicReport } from '../systemic/postSystemicReport.ts'
import type { InteractionMessage, PublishMessage, QueueMessage, SystemicPostMessage } from './QueueMessage.ts'

/**
 * The CHECKS queue consumer (and its dead-letter queue's). Proposal checks go to consumeChecks; publisher
 * retries and slash-command follow-ups are handled here. Each message is acked when handled; one that
 * failed in a way worth retrying is retried alone, after the delay the remote service asked for; one that
 * cannot succeed (a 4xx) is logged and acked. A bad message never throws the batch away.
 */
export async function handleQueue(batch: MessageBatch<QueueMessage>, env: Env): Promise<void> {
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
    )
  const deadLetters = batch.queue.endsWith(DEAD_LETTER_SUFFIX)
  for (const message of batch.messages) {
    const body = message.body
    if (!isKinded(body)) continue
    if (deadLetters) {
      console.error(`[queue] gave up on ${body.kind} after ${message.attempts} deliveries: ${JSON.stringify(body).slice(0, 300)}`)
      message.ack()
      continue
    }
    try {
      if (body.kind === 'publish') await retryPublish(env, body)
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
      const delaySeconds = error instanceof PublishError && error.retryAfterSeconds ? error.retryAfterSeconds : defaultRetryDelaySeconds
      console.warn(`[queue] ${body.kind} attempt ${message.attempts} failed, retrying in ${delaySeconds}s: ${text}`)
      message.retry({ delaySeconds })
    }
  }
}

function isKinded(body: QueueMessage | undefined): body is PublishMessage | InteractionMessage | SystemicPostMessage {
  return typeof body === 'object' && body !== null && 'kind' in body && (body.kind === 'publish' || body.kind === 'interaction' || body.kind === 'systemic-post')
}

async function retryPublish(env: Env, { verdictId, publisher: name }: PublishMessage): Promise<void> {
  const verdict = await getVerdict(env.DB, verdictId)
  const publisher = publishers.find((candidate) => candidate.name === name)
  if (!verdict || !publisher || !publisher.configured(env)) return
  // A newer verdict on the same proposal has been posted since: posting this one would roll it back.
  const latest = await latestVerdictId(env.DB, verdictId)
  if (latest !== null && latest !== verdictId) return
  await publisher.publish(env, verdict)
}

async function finishInteraction(env: Env, { applicationId, token, command }: InteractionMessage): Promise<void> {
  if (command.name === 'status') return
  const body = await runSlashCommand(env, command)
  await editInteractionReply({ applicationId, token, body, api: env.DISCORD_API_URL })
}
