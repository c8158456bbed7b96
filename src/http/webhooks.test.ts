import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { encodeAbiParameters, encodeEventTopics, type Hex } from 'viem'
import { afterEach, expect, test, vi } from 'vitest'
import payload101 from '../../fixtures/sources/aave-payload-ethereum-101.json'
import type { Address } from '../model.ts'
import { aavePayloadCreated } from '../sources/chain/events.ts'
import { hmacSha256Hex } from '../sources/signatures/hmacSha256Hex.ts'
import { listProposalStates } from '../store/sources/listProposalStates.ts'
import { app } from './app.ts'

const secrets = {
  ALCHEMY_SIGNING_KEY: 'whsec_alchemy_test',
  QUICKNODE_SECURITY_TOKEN: 'qn_test_token',
  SNAPSHOT_WEBHOOK_SECRET: 'snapshot-test-secret',
  DISCOURSE_WEBHOOK_SECRET: 'discourse-test-secret',
}
const testEnv = { ...env, ...secrets }
const post = (path: string, body: string, headers: Record<string, string>) =>
  app.fetch(new Request(`http://firebreak.test${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }), testEnv, createExecutionContext())
const rows = async () => (await listProposalStates(env.DB, { limit: 500 })).length

afterEach(() => vi.restoreAllMocks())

/** Payload 101's real actions, as the Ethereum PayloadsController (a default watched source) logs them. */
function payloadLog(payloadId: number) {
  const actions = payload101.actions.map((action) => ({ ...action, target: action.target as Address, value: BigInt(action.value), callData: action.callData as Hex }))
  return {
    address: payload101.payloadsController,
    topics: encodeEventTopics({ abi: [aavePayloadCreated], eventName: 'PayloadCreated', args: { payloadId, creator: '0x0000000000000000000000000000000000000Bad', maximumAccessLevelRequired: 1 } }),
    data: encodeAbiParameters([aavePayloadCreated.inputs[2]], [actions]),
  }
}

function alchemyBody(payloadId: number): string {
  const { address, topics, data } = payloadLog(payloadId)
  return JSON.stringify({
    webhookId: 'wh_test',
    id: `whevt_${payloadId}`,
    createdAt: '2026-11-25T15:00:00.000Z',
    type: 'GRAPHQL',
    event: { data: { block: { number: 19_600_000, logs: [{ data, topics, index: 0, account: { address }, transaction: { hash: '0x01' } }] } }, network: 'ETH_MAINNET' },
  })
}

test('default: a signed Alchemy webhook with a PayloadCreated queues the payload once', async () => {
  const body = alchemyBody(9101)
  const signature = await hmacSha256Hex(secrets.ALCHEMY_SIGNING_KEY, body)
  const first = await post('/webhooks/alchemy', body, { 'x-alchemy-signature': signature })
  expect(first.status).toBe(200)
  expect(await first.json()).toEqual({ accepted: 1, duplicates: 0, ignored: 0 })
  const again = await post('/webhooks/alchemy', body, { 'x-alchemy-signature': signature })
  expect(await again.json()).toEqual({ accepted: 0, duplicates: 1, ignored: 0 })
  const [row] = (await listProposalStates(env.DB)).filter((state) => state.id === '9101')
  expect(row).toMatchObject({ source: 'aave-payloads-controller', chainId: 1, via: 'alchemy', watchedDao: 'aave-v3-ethereum-payloads' })
})

test('behavior: a signed QuickNode delivery names its chain in the URL; logs of unwatched contracts are ignored', async () => {
  const log = { ...payloadLog(9102), blockNumber: '0x12b1f40', transactionHash: '0x02', logIndex: '0x0' }
  const stranger = { ...log, address: '0x000000000000000000000000000000000000dEaD' }
  const body = JSON.stringify([[log, stranger]])
  const nonce = 'n-9102'
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = await hmacSha256Hex(secrets.QUICKNODE_SECURITY_TOKEN, nonce + timestamp + body)
  const headers = { 'x-qn-nonce': nonce, 'x-qn-timestamp': timestamp, 'x-qn-signature': signature }
  const response = await post('/webhooks/quicknode?chainId=1', body, headers)
  expect(await response.json()).toEqual({ accepted: 1, duplicates: 0, ignored: 1 })
  const noChain = await post('/webhooks/quicknode', body, headers)
  expect(noChain.status).toBe(400)
  expect(((await noChain.json()) as { error: string }).error).toMatch(/chainId/)
})

test('errors: bad signatures are 401 and malformed bodies 400, each with a reason and nothing stored', async () => {
  const before = await rows()
  const body = alchemyBody(9103)
  const forged = await post('/webhooks/alchemy', body, { 'x-alchemy-signature': await hmacSha256Hex('not-the-key', body) })
  expect(forged.status).toBe(401)
  expect(((await forged.json()) as { error: string }).error).toMatch(/X-Alchemy-Signature/)
  const unsigned = await post('/webhooks/discourse', '{}', {})
  expect(unsigned.status).toBe(401)
  const snapshot = await post('/webhooks/snapshot', '{}', { authentication: 'guess' })
  expect(snapshot.status).toBe(401)
  const malformed = '{"event": {"data": '
  const badJson = await post('/webhooks/alchemy', malformed, { 'x-alchemy-signature': await hmacSha256Hex(secrets.ALCHEMY_SIGNING_KEY, malformed) })
  expect(badJson.status).toBe(400)
  expect(((await badJson.json()) as { error: string }).error).toBe('The body is not valid JSON.')
  const noLogs = JSON.stringify({ event: { data: { block: { number: 1 } } } })
  const shapeless = await post('/webhooks/alchemy', noLogs, { 'x-alchemy-signature': await hmacSha256Hex(secrets.ALCHEMY_SIGNING_KEY, noLogs) })
  expect(shapeless.status).toBe(400)
  expect(((await shapeless.json()) as { error: string }).error).toMatch(/logs/)
  expect(await rows()).toBe(before)
})

test('behavior: a Snapshot proposal/created is fetched from the GraphQL API and its parameter table becomes changes', async () => {
  const body = '## Specification\n\n| Asset | Current LTV | Recommended LTV |\n| --- | --- | --- |\n| USDC | 75% | 0% |\n'
  const graphql = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    expect(String(input)).toBe('https://hub.snapshot.org/graphql')
    const { variables } = JSON.parse(String(init?.body)) as { variables: { id: string } }
    return Response.json({ data: { proposal: { id: variables.id, title: '[ARFC] USDC LTV to 0', body, link: null, network: '1', created: 1_700_000_000, updated: null, space: { id: 'aave.eth' } } } })
  })
  const event = JSON.stringify({ id: 'proposal/0xabc', event: 'proposal/created', space: 'aave.eth', expire: 1_700_100_000 })
  const response = await post('/webhooks/snapshot', event, { authentication: secrets.SNAPSHOT_WEBHOOK_SECRET })
  expect(await response.json()).toEqual({ outcome: 'new', checkable: true })
  expect(graphql).toHaveBeenCalledTimes(1)
  const stored = await env.DB.prepare("SELECT proposal FROM source_proposals WHERE source = 'snapshot' AND proposal_id = '0xabc'").first<{ proposal: string }>()
  expect(JSON.parse(stored!.proposal).changes).toMatchObject([{ symbol: 'USDC', param: 'collateralFactor', before: '0.75', after: '0' }])
  const other = await post('/webhooks/snapshot', JSON.stringify({ id: 'proposal/0xabc', event: 'proposal/end', space: 'aave.eth' }), { authentication: secrets.SNAPSHOT_WEBHOOK_SECRET })
  expect(other.status).toBe(202)
})

test('behavior: a Discourse post_created is a risk proposal with changes; post_edited adds a version', async () => {
  const raw = '| Asset | Current LTV | Recommended LTV |\n| --- | --- | --- |\n| DAI | 63% | 0% |'
  const send = async (event: string, version: number, text: string) => {
    const body = JSON.stringify({ post: { id: 1, topic_id: 777, topic_slug: 'arfc-dai-ltv', topic_title: '[ARFC] DAI LTV to 0', post_number: 1, raw: text, version } })
    const signature = `sha256=${await hmacSha256Hex(secrets.DISCOURSE_WEBHOOK_SECRET, body)}`
    return post('/webhooks/discourse', body, { 'x-discourse-event': event, 'x-discourse-event-signature': signature, 'x-discourse-instance': 'https://governance.aave.com' })
  }
  expect(await (await send('post_created', 1, raw)).json()).toEqual({ outcome: 'new', checkable: true })
  expect(await (await send('post_created', 1, raw)).json()).toEqual({ outcome: 'duplicate', checkable: true })
  expect(await (await send('post_edited', 2, raw.replace('0% |', '10% |'))).json()).toEqual({ outcome: 'new', checkable: true })
  const [row] = (await listProposalStates(env.DB)).filter((state) => state.source === 'discourse' && state.id === '777')
  expect(row).toMatchObject({ governor: 'governance.aave.com', via: 'discourse', checkable: true })
})
