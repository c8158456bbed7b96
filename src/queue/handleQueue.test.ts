import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { expect, test, vi } from 'vitest'
import { testApplication } from '../../test/discord/testApplication.ts'
import { serverState } from '../../test/servers/control.ts'
import type { MessageBody } from '../../test/servers/discordLimits.ts'
import { handleQueue } from './handleQueue.ts'
import type { QueueMessage } from './QueueMessage.ts'

test('default: one batch carries proposal checks and follow-ups; each goes to its handler', async () => {
  const token = `mixed-${Math.random().toString(36).slice(2)}`
  const batch = createMessageBatch<QueueMessage>('firebreak-checks', [
    // Not a proposal version the store knows how to claim: consumeChecks drops it as malformed and acks it.
    { id: 'c1', timestamp: new Date(), attempts: 1, body: { key: 1, version: null } as unknown as QueueMessage },
    { id: 'i1', timestamp: new Date(), attempts: 1, body: { kind: 'interaction', applicationId: testApplication.id, token, command: { name: 'check', chainId: 1, id: 'nope' } } },
  ])
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  await handleQueue(batch, env)
  error.mockRestore()
  expect((await getQueueResult(batch, createExecutionContext())).explicitAcks.sort()).toEqual(['c1', 'i1'])
  const { requests } = await serverState<{ requests: { path: string; body: MessageBody }[] }>(env.DISCORD_API_URL as string)
  expect(requests.find((request) => request.path.includes(token))?.body.content).toContain('has not seen that proposal')
})

test('behavior: a follow-up that reached the dead-letter queue is logged and acked, not run', async () => {
  const batch = createMessageBatch<QueueMessage>('firebreak-checks-dlq', [
    { id: 'd1', timestamp: new Date(), attempts: 6, body: { kind: 'publish', key: 'snapshot:1:gone.eth:0xgone' } },
  ])
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  await handleQueue(batch, env)
  expect(error.mock.calls[0][0]).toContain('publish dead-lettered after 6 deliveries (its publications stay recorded')
  error.mockRestore()
  expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual(['d1'])
})
