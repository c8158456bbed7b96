import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { expect, test, vi } from 'vitest'
import { failNext, serverState } from '../../test/servers/control.ts'
import type { DiscordMessage } from '../../test/servers/discord.ts'
import type { DiscoursePost, DiscourseTopic } from '../../test/servers/discourse.ts'
import { exampleVerdict } from '../../test/verdicts/exampleVerdict.ts'
import { proposalKey } from '../check.ts'
import type { Env } from '../env.ts'
import type { Proposal, Verdict } from '../model.ts'
import { handleQueue } from '../queue/handleQueue.ts'
import { saveVerdict } from '../store/saveVerdict.ts'
import { readPublication } from '../store/sources/readPublication.ts'
import { publishVerdict } from './publishVerdict.ts'

const discordApi = env.DISCORD_API_URL as string
const withDiscord: Env = { ...env, DISCORD_TOKEN: env.TEST_DISCORD_TOKEN, DISCORD_CHANNEL_ID: '1320000000000000009' }
const withDiscourse: Env = { ...env, DISCOURSE_URL: env.TEST_DISCOURSE_URL, DISCOURSE_API_KEY: 'test-api-key', DISCOURSE_API_USERNAME: 'firebreak' }

let counter = 0
/** A stored verdict on its own proposal (unique per call), optionally a later re-check of an earlier one. */
async function storedVerdict(overrides: Partial<Verdict> = {}, body?: string, same?: Verdict): Promise<Verdict> {
  counter++
  const base = exampleVerdict()
  const verdict = exampleVerdict({
    id: `v-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    proposal: same?.proposal ?? { ...base.proposal, id: `p-${counter}-${Math.random().toString(36).slice(2, 8)}` },
    provenance: { ...base.provenance, createdAt: new Date(Date.now() + counter).toISOString() },
    ...overrides,
  })
  const proposal: Proposal = { ...verdict.proposal, actions: [], ...(body ? { body } : {}) }
  await saveVerdict(env.DB, proposal, verdict)
  return verdict
}

test('default: the verdict is posted to Discord and where it went is remembered', async () => {
  const verdict = await storedVerdict()
  expect(await publishVerdict(withDiscord, verdict)).toEqual([
    { publisher: 'discord', status: 'posted' },
    { publisher: 'discourse', status: 'skipped' },
  ])
  const publication = await readPublication(env.DB, proposalKey(verdict.proposal), 'discord')
  const { messages } = await serverState<{ messages: DiscordMessage[] }>(discordApi)
  const message = messages.find((candidate) => candidate.id === publication?.externalId)
  expect(message?.channel_id).toBe('1320000000000000009')
  expect(message?.embeds?.[0].title).toBe(`FAIL: ${verdict.proposal.title}`)
})

test('behavior: a re-check edits the Discord message instead of posting another', async () => {
  const first = await storedVerdict()
  await publishVerdict(withDiscord, first)
  const before = await readPublication(env.DB, proposalKey(first.proposal), 'discord')
  const second = await storedVerdict({ level: 'PASS' }, undefined, first)
  await publishVerdict(withDiscord, second)
  const after = await readPublication(env.DB, proposalKey(first.proposal), 'discord')
  expect(after).toMatchObject({ externalId: before?.externalId, verdictId: second.id })
  const { requests, messages } = await serverState<{ requests: { method: string; path: string }[]; messages: DiscordMessage[] }>(discordApi)
  expect(requests.filter((request) => request.path.endsWith(`/messages/${before?.externalId}`)).map((request) => request.method)).toEqual(['PATCH'])
  expect(messages.find((message) => message.id === before?.externalId)?.embeds?.[0].color).toBe(0x2ea043)
})

test('behavior: the forum reply goes into the thread the proposal links, and a re-check edits it', async () => {
  const topic = (await (
    await fetch(`${env.TEST_DISCOURSE_URL}/__test/topics`, { method: 'POST', body: JSON.stringify({ title: 'ARFC thread', categoryId: 4 }) })
  ).json()) as DiscourseTopic
  const body = `Discussion: ${env.TEST_DISCOURSE_URL}/t/${topic.slug}/${topic.id}`
  const first = await storedVerdict({}, body)
  expect(await publishVerdict(withDiscourse, first)).toContainEqual({ publisher: 'discourse', status: 'posted' })
  const second = await storedVerdict({ level: 'CAUTION' }, body, first)
  await publishVerdict(withDiscourse, second)
  const { posts } = await serverState<{ posts: DiscoursePost[] }>(env.TEST_DISCOURSE_URL)
  const inThread = posts.filter((post) => post.topic_id === topic.id)
  expect(inThread).toHaveLength(1)
  expect(inThread[0].version).toBe(2)
  expect(inThread[0].raw.startsWith('## Firebreak verdict: CAUTION')).toBe(true)
})

test('errors: a 429 is queued with Discord’s delay; the consumer retries it with that delay, then posts', async () => {
  const verdict = await storedVerdict()
  await failNext(discordApi, [{ status: 429, retryAfter: 7 }])
  expect(await publishVerdict(withDiscord, verdict)).toContainEqual(expect.objectContaining({ publisher: 'discord', status: 'queued', retryAfterSeconds: 7 }))

  await failNext(discordApi, [{ status: 429, retryAfter: 12 }])
  const message = { kind: 'publish' as const, verdictId: verdict.id, publisher: 'discord' }
  const limited = createMessageBatch('firebreak-checks', [{ id: 'r1', timestamp: new Date(), attempts: 1, body: message }])
  // getQueueResult does not report a retry's delay: record what the consumer asked for.
  const delays: (number | undefined)[] = []
  const retry = limited.messages[0].retry.bind(limited.messages[0])
  limited.messages[0].retry = (options) => {
    delays.push(options?.delaySeconds)
    retry(options)
  }
  await handleQueue(limited, withDiscord)
  expect((await getQueueResult(limited, createExecutionContext())).retryMessages).toEqual([{ msgId: 'r1' }])
  expect(delays).toEqual([12])

  const retried = createMessageBatch('firebreak-checks', [{ id: 'r2', timestamp: new Date(), attempts: 2, body: message }])
  await handleQueue(retried, withDiscord)
  expect((await getQueueResult(retried, createExecutionContext())).explicitAcks).toEqual(['r2'])
  expect(await readPublication(env.DB, proposalKey(verdict.proposal), 'discord')).toMatchObject({ verdictId: verdict.id })
})

test('errors: a 5xx is retried later; a rejected request is reported, not retried', async () => {
  const verdict = await storedVerdict()
  await failNext(discordApi, [{ status: 502 }])
  expect(await publishVerdict(withDiscord, verdict)).toContainEqual(expect.objectContaining({ publisher: 'discord', status: 'queued', retryAfterSeconds: 30 }))
  const wrongToken: Env = { ...withDiscord, DISCORD_TOKEN: 'not-the-token' }
  const [outcome] = await publishVerdict(wrongToken, verdict)
  expect(outcome).toMatchObject({ publisher: 'discord', status: 'failed' })
  expect(outcome.error).toContain('401')
})

test('behavior: a queued retry of an older verdict does not overwrite a newer one', async () => {
  const older = await storedVerdict()
  const newer = await storedVerdict({ level: 'PASS' }, undefined, older)
  await publishVerdict(withDiscord, newer)
  const batch = createMessageBatch('firebreak-checks', [{ id: 'o1', timestamp: new Date(), attempts: 1, body: { kind: 'publish' as const, verdictId: older.id, publisher: 'discord' } }])
  await handleQueue(batch, withDiscord)
  expect(await readPublication(env.DB, proposalKey(older.proposal), 'discord')).toMatchObject({ verdictId: newer.id })
})

test('behavior: a publisher without credentials is reported once per isolate, not once per check', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  try {
    await publishVerdict(env, await storedVerdict())
    const first = log.mock.calls.map(([line]) => String(line))
    // This file's earlier checks may have reported them already; whoever reported, it was at most once each.
    for (const name of ['discord', 'discourse']) expect(first.filter((line) => line.startsWith(`[${name}] not configured`)).length).toBeLessThanOrEqual(1)
    log.mockClear()
    expect(await publishVerdict(env, await storedVerdict())).toEqual([
      { publisher: 'discord', status: 'skipped' },
      { publisher: 'discourse', status: 'skipped' },
    ])
    expect(log).not.toHaveBeenCalled()
  } finally {
    log.mockRestore()
  }
})
