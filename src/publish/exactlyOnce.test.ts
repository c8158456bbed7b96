// Issue #17's cases, each reproduced against the local Discord and Discourse servers that inject faults
// (test/servers/faults.ts): exactly one message and one forum reply per proposal, edited for new versions,
// posted after an outage ends, never posted by a pre-check, and no state that claims a post that did not happen.
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, expect, test, vi } from 'vitest'
import { testApplication } from '../../test/discord/testApplication.ts'
import { failNext, resetFaults, serverState } from '../../test/servers/control.ts'
import type { DiscordMessage } from '../../test/servers/discord.ts'
import type { DiscoursePost, DiscourseTopic } from '../../test/servers/discourse.ts'
import { tinyMarket } from '../../test/support/tinyMarket.ts'
import { exampleVerdict } from '../../test/verdicts/exampleVerdict.ts'
import type { Env } from '../env.ts'
import { app } from '../http/app.ts'
import type { ParameterChange, Proposal } from '../model.ts'
import { checkProposal } from '../pipeline.ts'
import { handleQueue } from '../queue/handleQueue.ts'
import type { QueueMessage } from '../queue/QueueMessage.ts'
import type { CheckMessage } from '../sources/queue/checkMessage.ts'
import type { ConsumeChecksOptions } from '../sources/queue/consumeChecks.ts'
import { saveSnapshot } from '../store/saveSnapshot.ts'
import { saveVerdict } from '../store/saveVerdict.ts'
import { listPublications } from '../store/publications/listPublications.ts'
import type { ProposalState } from '../store/sources/listProposalStates.ts'
import { recordProposal } from '../store/sources/recordProposal.ts'
import { redrivePublications } from './redrivePublications.ts'

const discordApi = env.TEST_FAULTY_DISCORD_URL
const forumUrl = env.TEST_FAULTY_DISCOURSE_URL
const weth: ParameterChange = {
  protocol: 'aave-v3',
  chainId: 1,
  market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
  asset: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
  symbol: 'WETH',
  param: 'liquidationThreshold',
  after: '0.86',
  action: 0,
}

afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all([resetFaults(discordApi), resetFaults(forumUrl), fetch(`${discordApi}/__test/config`, { method: 'POST', body: JSON.stringify({ nonceWindowMs: 120_000 }) })])
})

let channels = 0
/** An environment with both publishers on the faulty servers, its own channel, and a CHECKS queue that records what is sent. */
function harness({ discord = true, discourse = true, token = env.TEST_DISCORD_TOKEN } = {}) {
  const sent: { body: QueueMessage; delaySeconds?: number }[] = []
  const CHECKS = {
    send: async (body: QueueMessage, options?: QueueSendOptions) => void sent.push({ body, delaySeconds: options?.delaySeconds }),
    sendBatch: async (messages: Iterable<MessageSendRequest<QueueMessage>>) => {
      for (const message of messages) sent.push({ body: message.body, delaySeconds: message.delaySeconds })
    },
  } as unknown as Queue<QueueMessage>
  const channel = `13${String(Date.now()).slice(-9)}${String(channels++).padStart(6, '0')}`
  const testEnv: Env = {
    ...env,
    CHECKS,
    ...(discord ? { DISCORD_TOKEN: token, DISCORD_CHANNEL_ID: channel, DISCORD_API_URL: discordApi } : { DISCORD_TOKEN: undefined }),
    ...(discourse ? { DISCOURSE_URL: forumUrl, DISCOURSE_API_KEY: 'test-api-key', DISCOURSE_API_USERNAME: 'firebreak' } : { DISCOURSE_URL: undefined }),
  }
  return { env: testEnv, sent, channel, take: () => sent.splice(0).map((entry) => entry.body) }
}
type Harness = ReturnType<typeof harness>

async function topic(title: string): Promise<DiscourseTopic> {
  return (await (await fetch(`${forumUrl}/__test/topics`, { method: 'POST', body: JSON.stringify({ title, categoryId: 4 }) })).json()) as DiscourseTopic
}

/** A forum proposal as the Discourse source records it (its parameter table parsed into `changes`). */
async function discovered(thread: DiscourseTopic, revision = 1, changes: ParameterChange[] = [weth]) {
  const proposal: Proposal = {
    source: 'discourse',
    chainId: 1,
    governor: new URL(forumUrl).host,
    id: String(thread.id),
    url: `${forumUrl}/t/${thread.slug}/${thread.id}`,
    title: thread.title,
    body: `Revision ${revision} of the proposal, with its table.`,
    actions: [],
    changes,
  }
  return recordProposal(env.DB, { proposal, via: 'discourse', revision })
}

let verdicts = 0
/** Stands in for the engine where a test checks the publishing only: a stored verdict of its own per check. */
const fakeCheck: NonNullable<ConsumeChecksOptions['check']> = async (checkEnv, { proposal }) => {
  const { source, chainId, governor, id, title, url } = proposal
  const verdict = exampleVerdict({ id: `v-${Date.now().toString(36)}-${verdicts++}`, level: 'CAUTION', proposal: { source, chainId, governor, id, title, url } })
  return { verdict: await saveVerdict(checkEnv.DB, proposal, verdict) }
}

async function deliver(h: Harness, bodies: QueueMessage[], options: ConsumeChecksOptions = {}, queue = 'firebreak-checks') {
  const batch = createMessageBatch<QueueMessage>(queue, bodies.map((body) => ({ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body })))
  await handleQueue(batch, h.env, { check: fakeCheck, ...options })
  return getQueueResult(batch, createExecutionContext())
}

const messagesIn = async (channel: string) => (await serverState<{ messages: DiscordMessage[] }>(discordApi)).messages.filter((message) => message.channel_id === channel)
const repliesIn = async (thread: DiscourseTopic) => (await serverState<{ posts: DiscoursePost[] }>(forumUrl)).posts.filter((post) => post.topic_id === thread.id)
const requestsTo = async (channel: string) =>
  (await serverState<{ requests: { method: string; path: string }[] }>(discordApi)).requests.filter((request) => request.path.includes(`/channels/${channel}/`))
const proposalState = async (h: Harness, key: string) =>
  ((await (await app.request('/v1/proposals?limit=500', {}, h.env)).json()) as { proposals: ProposalState[] }).proposals.find((row) => row.key === key)
const verdictIdOf = (message: DiscordMessage | undefined) => message?.embeds?.[0] && (message.embeds[0] as { url?: string }).url?.split('/').at(-1)

test('default: a discovered proposal gets one message and one forum reply, and GET /v1/proposals says posted only then', async () => {
  const h = harness()
  const thread = await topic('[ARFC] Raise WETH LT — default')
  const { key, version } = await discovered(thread)
  await deliver(h, [{ key, version }])
  const [message] = await messagesIn(h.channel)
  const replies = await repliesIn(thread)
  expect(replies).toHaveLength(1)
  const state = await proposalState(h, key)
  expect(state).toMatchObject({ state: 'posted', verdictId: verdictIdOf(message) })
  expect(state?.publications.map(({ publisher, state, externalId }) => ({ publisher, state, externalId }))).toEqual([
    { publisher: 'discord', state: 'posted', externalId: message.id },
    { publisher: 'discourse', state: 'posted', externalId: String(replies[0].id) },
  ])
  expect(h.sent).toEqual([])
})

test('behavior: ten concurrent deliveries of one version (case 1) make one message and one reply', async () => {
  const h = harness()
  const thread = await topic('[ARFC] Raise WETH LT — duplicates')
  const { key, version } = await discovered(thread)
  await Promise.all(Array.from({ length: 10 }, () => deliver(h, [{ key, version }])))
  // The deliveries that found the proposal owned waited (sent again, delayed); delivered now, they find it done.
  const waited = h.take()
  expect(waited.length).toBeGreaterThan(0)
  await deliver(h, waited)
  expect(await messagesIn(h.channel)).toHaveLength(1)
  expect(await repliesIn(thread)).toHaveLength(1)
  expect((await requestsTo(h.channel)).filter((request) => request.method === 'POST')).toHaveLength(1)
})

test('behavior: a new version arriving mid-check (case 2) waits; one message and one reply show the newest verdict, edited after', async () => {
  const h = harness()
  const thread = await topic('[ARFC] Raise WETH LT — versions')
  const first = await discovered(thread, 1)
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  const slowFirst: ConsumeChecksOptions['check'] = async (checkEnv, parameters) => {
    if (parameters.proposal.body?.startsWith('Revision 1')) await gate
    return fakeCheck(checkEnv, parameters)
  }
  // Publishers answer slowly too (as in the probe), so the versions overlap while publishing.
  await failNext(discordApi, [{ delayMs: 300 }, { delayMs: 300 }])
  const checkingFirst = deliver(h, [{ key: first.key, version: first.version }], { check: slowFirst })
  await vi.waitFor(async () => expect((await proposalState(h, first.key))?.state).toBe('checking'))
  const second = await discovered(thread, 2)
  await deliver(h, [{ key: second.key, version: second.version }], { check: slowFirst })
  expect(h.sent.map((entry) => entry.body)).toEqual([{ key: second.key, version: second.version }])
  release()
  await checkingFirst
  // Version 1 was superseded during its check: it is never published.
  expect(await messagesIn(h.channel)).toHaveLength(0)
  await deliver(h, h.take())
  const [message] = await messagesIn(h.channel)
  const state = await proposalState(h, second.key)
  expect(state).toMatchObject({ state: 'posted' })
  expect(verdictIdOf(message)).toBe(state?.verdictId)
  expect(await repliesIn(thread)).toHaveLength(1)

  const third = await discovered(thread, 3)
  await deliver(h, [{ key: third.key, version: third.version }])
  const messages = await messagesIn(h.channel)
  expect(messages).toHaveLength(1)
  expect(messages[0].edited_timestamp).not.toBeNull()
  expect(verdictIdOf(messages[0])).toBe((await proposalState(h, third.key))?.verdictId)
  const replies = await repliesIn(thread)
  expect(replies).toHaveLength(1)
  expect(replies[0].version).toBe(2)
})

test('behavior: Discord answering 429 for a while (case 3) is retried past the queue’s retries and posted once the outage ends', async () => {
  const h = harness()
  const thread = await topic('[ARFC] Raise WETH LT — outage')
  const { key, version } = await discovered(thread)
  await failNext(discordApi, { outage: { fault: { status: 429, retryAfter: 1 }, forMs: 3_000 } })
  const start = Date.now()
  await deliver(h, [{ key, version }])
  expect(await messagesIn(h.channel)).toHaveLength(0)
  const during = await proposalState(h, key)
  expect(during?.state).toBe('publishing')
  const discordState = during?.publications.find((publication) => publication.publisher === 'discord')
  expect(discordState).toMatchObject({ state: 'failed-retrying', attempts: 1, externalId: null })
  expect(discordState?.lastError).toMatch(/rate limited/)
  expect(Date.parse(discordState?.nextAttemptAt ?? '')).toBeGreaterThan(start)
  expect(during?.publications.find((publication) => publication.publisher === 'discourse')?.state).toBe('posted')
  // The next attempt was queued with its delay.
  expect(h.sent).toEqual([{ body: { kind: 'publish', key }, delaySeconds: expect.any(Number) }])

  // Still down: the attempt fails again. Then the message runs out of queue retries and is dead-lettered:
  // the dead-letter consumer acks it and the publication stays recorded.
  await deliver(h, h.take(), { clock: () => Date.now() + 60_000 })
  expect((await listPublications(env.DB, key)).find((publication) => publication.publisher === 'discord')).toMatchObject({ state: 'failed-retrying', attempts: 2 })
  const deadLettered = await deliver(h, h.take(), {}, 'firebreak-checks-dlq')
  expect(deadLettered.explicitAcks).toHaveLength(1)
  await vi.waitFor(() => expect(Date.now() - start).toBeGreaterThan(3_100), { timeout: 5_000, interval: 100 })

  // The cron finds the overdue publication and queues it; the attempt posts the one message.
  expect(await redrivePublications(h.env, { now: Date.now() + 3 * 3_600_000 })).toBeGreaterThanOrEqual(1)
  await deliver(
    h,
    h.take().filter((body) => 'kind' in body && body.kind === 'publish' && body.key === key),
    { clock: () => Date.now() + 3 * 3_600_000 },
  )
  expect(await messagesIn(h.channel)).toHaveLength(1)
  expect(await proposalState(h, key)).toMatchObject({ state: 'posted' })
})

test('behavior: a publisher that keeps failing is retried for the whole window, then shown failed — never dropped', async () => {
  const h = harness({ discourse: false, token: 'revoked-token' })
  const thread = await topic('[ARFC] Raise WETH LT — revoked token')
  const { key, version } = await discovered(thread)
  const t0 = Date.now()
  await deliver(h, [{ key, version }], { clock: () => t0 })
  const [first] = await listPublications(env.DB, key)
  expect(first).toMatchObject({ state: 'failed-retrying', attempts: 1 })
  // A refusal a retry cannot cure by itself (401) waits at least an hour.
  expect(first.nextAttemptAt).toBeGreaterThanOrEqual(t0 + 3_600_000)
  h.take()
  await deliver(h, [{ kind: 'publish', key }], { clock: () => t0 + 25 * 3_600_000 })
  expect((await listPublications(env.DB, key))[0]).toMatchObject({ state: 'failed-retrying', attempts: 2 })
  await deliver(h, [{ kind: 'publish', key }], { clock: () => t0 + 73 * 3_600_000 })
  const state = await proposalState(h, key)
  expect(state).toMatchObject({ state: 'failed' })
  expect(state?.publications[0]).toMatchObject({ publisher: 'discord', state: 'failed', nextAttemptAt: null })
  expect(state?.publications[0].lastError).toMatch(/attempt 3: .*401/)
})

test('behavior: a Discord create that was carried out but answered 502 (case 4) is found on the retry, not repeated', async () => {
  const h = harness({ discourse: false })
  const thread = await topic('[ARFC] Raise WETH LT — ambiguous Discord')
  const { key, version } = await discovered(thread)
  await failNext(discordApi, [{ status: 502, commit: true }])
  await deliver(h, [{ key, version }])
  const [pending] = await listPublications(env.DB, key)
  expect(pending).toMatchObject({ state: 'failed-retrying', externalId: null, createVerdictId: pending.verdictId })
  expect(await messagesIn(h.channel)).toHaveLength(1)
  await deliver(h, h.take(), { clock: () => Date.now() + 15_000 })
  const messages = await messagesIn(h.channel)
  expect(messages).toHaveLength(1)
  expect((await listPublications(env.DB, key))[0]).toMatchObject({ state: 'posted', externalId: messages[0].id, createSentAt: null })
  expect((await requestsTo(h.channel)).map((request) => request.method)).toEqual(['POST', 'GET'])
})

test('behavior: past Discord’s nonce window, the message an ambiguous create made is found in the channel and adopted', async () => {
  const h = harness({ discourse: false })
  await fetch(`${discordApi}/__test/config`, { method: 'POST', body: JSON.stringify({ nonceWindowMs: 0 }) })
  const thread = await topic('[ARFC] Raise WETH LT — ambiguous after window')
  const first = await discovered(thread, 1)
  await failNext(discordApi, [{ status: 503, commit: true }])
  await deliver(h, [{ key: first.key, version: first.version }])
  // A new version arrives before the retry: the post the ambiguous create made is found and edited to it.
  h.take()
  const second = await discovered(thread, 2)
  await deliver(h, [{ key: second.key, version: second.version }])
  const messages = await messagesIn(h.channel)
  expect(messages).toHaveLength(1)
  expect(verdictIdOf(messages[0])).toBe((await proposalState(h, second.key))?.verdictId)
  const methods = (await requestsTo(h.channel)).map((request) => request.method)
  expect(methods).toEqual(['POST', 'GET', 'PATCH'])
})

test('behavior: a forum reply that was created but answered 502 (case 4) is found in the topic, not posted twice', async () => {
  const h = harness({ discord: false })
  const thread = await topic('[ARFC] Raise WETH LT — ambiguous forum')
  const { key, version } = await discovered(thread)
  await failNext(forumUrl, [{ status: 502, commit: true }])
  await deliver(h, [{ key, version }])
  expect(await repliesIn(thread)).toHaveLength(1)
  expect((await listPublications(env.DB, key))[0]).toMatchObject({ state: 'failed-retrying', target: String(thread.id) })
  await deliver(h, h.take(), { clock: () => Date.now() + 15_000 })
  const replies = await repliesIn(thread)
  expect(replies).toHaveLength(1)
  expect((await listPublications(env.DB, key))[0]).toMatchObject({ state: 'posted', externalId: String(replies[0].id) })
})

test('behavior: a proposal with no forum thread is shown skipped on the forum, never posted there', async () => {
  const h = harness()
  const proposal: Proposal = { source: 'snapshot', chainId: 1, governor: 'aave.eth', id: `0xnothread${Date.now()}`, title: 'No thread anywhere', body: 'No links.', actions: [], changes: [weth] }
  const { key, version } = await recordProposal(env.DB, { proposal, via: 'snapshot' })
  await deliver(h, [{ key, version }])
  const state = await proposalState(h, key)
  expect(state?.publications.find((publication) => publication.publisher === 'discourse')).toMatchObject({ state: 'skipped', lastError: expect.stringMatching(/no forum thread/) })
  expect(state?.state).toBe('posted')
})

test('behavior: a slash-command re-check (case 5) uses the changes the proposal was checked with and leaves the posts alone', async () => {
  const h = harness()
  const state = tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '15000' } }] })
  await saveSnapshot(env.DB, { ...state, provenance: { ...state.provenance, block: 1, contentHash: 'cd'.repeat(32) } })
  const thread = await topic('[ARFC] Raise WETH LT — slash re-check')
  const { key, version } = await discovered(thread)
  await deliver(h, [{ key, version }], { check: checkProposal })
  const posted = await proposalState(h, key)
  const [message] = await messagesIn(h.channel)
  expect(message.embeds?.[0].title).not.toMatch(/^REVIEW/)
  const before = (await requestsTo(h.channel)).length
  const token = `recheck-${Math.random().toString(36).slice(2)}`
  await deliver(h, [{ kind: 'interaction', applicationId: testApplication.id, token, command: { name: 'check', link: `${forumUrl}/t/${thread.slug}/${thread.id}` } }])
  const { requests } = await serverState<{ requests: { path: string; body: DiscordMessage }[] }>(discordApi)
  const reply = requests.find((request) => request.path.includes(token))?.body
  expect(reply?.embeds?.[0].title).toBe(message.embeds?.[0].title)
  expect(verdictIdOf(reply)).toBe(posted?.verdictId)
  expect((await requestsTo(h.channel)).length).toBe(before)
  expect((await repliesIn(thread))[0].version).toBe(1)
})

test('errors: pre-checks post nothing, however many arrive at once (cases 1, 6), and their answers claim no post (case 7)', async () => {
  const h = harness()
  const state = tinyMarket({ positions: [] })
  await saveSnapshot(env.DB, { ...state, provenance: { ...state.provenance, block: 2, contentHash: 'ce'.repeat(32) } })
  const forumBefore = (await serverState<{ requests: unknown[] }>(forumUrl)).requests.length
  const body = JSON.stringify({ title: 'Anyone can call this', changes: [{ ...weth, after: '0.84' }] })
  const post = (client: string) =>
    app.fetch(new Request('http://firebreak.test/v1/check', { method: 'POST', body, headers: { 'content-type': 'application/json', 'cf-connecting-ip': client } }), h.env, createExecutionContext())
  const responses = await Promise.all([post('198.51.100.7'), post('198.51.100.8')])
  const answers = (await Promise.all(responses.map((response) => response.json()))) as { id: string; published?: unknown }[]
  expect(responses.map((response) => response.status)).toEqual([201, 201])
  expect(answers[1].id).toBe(answers[0].id)
  expect(answers.map((answer) => 'published' in answer)).toEqual([false, false])
  expect(await requestsTo(h.channel)).toEqual([])
  expect((await serverState<{ requests: unknown[] }>(forumUrl)).requests.length).toBe(forumBefore)
  expect(h.sent).toEqual([])
})
