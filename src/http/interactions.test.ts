import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { signInteraction, testApplication } from '../../test/discord/testApplication.ts'
import { serverState } from '../../test/servers/control.ts'
import { discordLimitErrors, type MessageBody } from '../../test/servers/discordLimits.ts'
import { handleQueue } from '../queue/handleQueue.ts'
import { app } from './app.ts'
import type { InteractionMessage } from '../queue/QueueMessage.ts'

const url = 'http://firebreak.test/interactions'

async function post(interaction: object, headers?: Record<string, string>) {
  const body = JSON.stringify(interaction)
  return exports.default.fetch(url, { method: 'POST', body, headers: headers ?? (await signInteraction(body)) })
}

function command(name: string, options: object[] = []) {
  return {
    type: 2,
    id: '1330000000000000001',
    application_id: testApplication.id,
    token: `token-${name}-${Math.random().toString(36).slice(2)}`,
    data: { id: '1', name: 'firebreak', type: 1, options: [{ type: 1, name, options }] },
  }
}

test('default: PING gets PONG', async () => {
  const response = await post({ type: 1, id: '1', application_id: testApplication.id })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ type: 1 })
})

test('errors: 401 for a bad signature, a tampered body, a stale timestamp or no headers', async () => {
  const ping = JSON.stringify({ type: 1 })
  const signed = await signInteraction(ping)
  const flipped = signed['x-signature-ed25519'].replace(/^./, (digit) => (digit === '0' ? '1' : '0'))
  const bad = await exports.default.fetch(url, { method: 'POST', body: ping, headers: { ...signed, 'x-signature-ed25519': flipped } })
  expect(bad.status).toBe(401)
  const tampered = await exports.default.fetch(url, { method: 'POST', body: JSON.stringify({ type: 2 }), headers: signed })
  expect(tampered.status).toBe(401)
  expect(await tampered.json()).toEqual({ error: 'invalid request signature' })
  const staleHeaders = await signInteraction(ping, String(Math.floor(Date.now() / 1000) - 600))
  const stale = await exports.default.fetch(url, { method: 'POST', body: ping, headers: staleHeaders })
  expect(stale.status).toBe(401)
  const bare = await exports.default.fetch(url, { method: 'POST', body: ping })
  expect(bare.status).toBe(401)
})

test('behavior: autocomplete offers the market’s assets matching what was typed, at most 25', async () => {
  const interaction = {
    type: 4,
    id: '1',
    application_id: testApplication.id,
    token: 't',
    data: { id: '1', name: 'firebreak', type: 1, options: [{ type: 1, name: 'simulate', options: [{ type: 3, name: 'asset', value: 'eth', focused: true }] }] },
  }
  const response = await post(interaction)
  const body = (await response.json()) as { type: number; data: { choices: { name: string; value: string }[] } }
  expect(body.type).toBe(8)
  expect(body.data.choices.length).toBeGreaterThan(0)
  expect(body.data.choices.length).toBeLessThanOrEqual(25)
  expect(body.data.choices.map((choice) => choice.value)).toContain('WETH')
  for (const choice of body.data.choices) expect(choice.value.toLowerCase()).toContain('eth')

  const all = await post({ ...interaction, data: { ...interaction.data, options: [{ type: 1, name: 'simulate', options: [{ type: 3, name: 'asset', value: '', focused: true }] }] } })
  expect(((await all.json()) as typeof body).data.choices.length).toBeLessThanOrEqual(25)
})

test('behavior: PING and command acknowledgements never touch D1', async () => {
  const sent: unknown[] = []
  const noDatabase = {
    ...env,
    DB: new Proxy({}, { get: () => () => { throw new Error('D1 was used') } }) as unknown as D1Database,
    CHECKS: { send: async (body: unknown) => void sent.push(body) } as unknown as Queue,
  }
  const call = async (interaction: object) => {
    const body = JSON.stringify(interaction)
    return app.fetch(new Request(url, { method: 'POST', body, headers: await signInteraction(body) }), noDatabase, createExecutionContext())
  }
  expect(await (await call({ type: 1, id: '1', application_id: testApplication.id })).json()).toEqual({ type: 1 })
  expect(await (await call(command('check', [{ type: 3, name: 'link', value: 'https://governance.aave.com/t/x/1' }]))).json()).toEqual({ type: 5 })
  expect(await (await call(command('status'))).json()).toEqual({ type: 5 })
  expect(sent).toHaveLength(2)
})

test('behavior: status is deferred too, and the consumer answers it', async () => {
  const interaction = command('status')
  expect(await (await post(interaction)).json()).toEqual({ type: 5 })
  const message: InteractionMessage = { kind: 'interaction', applicationId: testApplication.id, token: `${interaction.token}-direct`, command: { name: 'status' } }
  await handleQueue(createMessageBatch('firebreak-checks', [{ id: 's1', timestamp: new Date(), attempts: 1, body: message }]), env)
  const state = await serverState<{ requests: { path: string; body: MessageBody }[] }>(env.DISCORD_API_URL as string)
  const edit = state.requests.find((request) => request.path.includes(message.token))
  expect(edit?.body.content).toContain('**Markets:**')
  expect(discordLimitErrors(edit?.body ?? {})).toEqual([])
})

test('errors: a malformed option is answered privately with the reason', async () => {
  const response = await post(
    command('simulate', [
      { type: 3, name: 'protocol', value: 'aave-v3' },
      { type: 3, name: 'market', value: 'Aave v3 Ethereum' },
      { type: 3, name: 'asset', value: 'WETH' },
      { type: 3, name: 'parameter', value: 'liquidationThreshold' },
      { type: 3, name: 'value', value: '830%' },
    ]),
  )
  const body = (await response.json()) as { type: number; data: { content: string; flags: number } }
  expect(body).toEqual({ type: 4, data: { content: '`value` for liquidationThreshold is a fraction of 1: write 0.83 or 83%.', flags: 64 } })
})

test('behavior: simulate is deferred, then the queue consumer edits the reply with the verdict', async () => {
  const interaction = command('simulate', [
    { type: 3, name: 'protocol', value: 'aave-v3' },
    { type: 3, name: 'market', value: 'aave v3 ethereum' },
    { type: 3, name: 'asset', value: 'WETH' },
    { type: 3, name: 'parameter', value: 'liquidationThreshold' },
    { type: 3, name: 'value', value: '86%' },
  ])
  const response = await post(interaction)
  expect(await response.json()).toEqual({ type: 5 })

  // What the endpoint queued, run through the consumer here (the queue's own delivery runs in the background too).
  const message: InteractionMessage = {
    kind: 'interaction',
    applicationId: testApplication.id,
    token: `${interaction.token}-direct`,
    command: { name: 'simulate', protocol: 'aave-v3', market: 'aave v3 ethereum', asset: 'WETH', parameter: 'liquidationThreshold', value: '0.86' },
  }
  const batch = createMessageBatch('firebreak-checks', [{ id: 'm1', timestamp: new Date(), attempts: 1, body: message }])
  const ctx = createExecutionContext()
  await handleQueue(batch, env)
  const result = await getQueueResult(batch, ctx)
  expect(result.explicitAcks).toEqual(['m1'])

  const state = await serverState<{ requests: { method: string; path: string; authorization?: string; body: MessageBody }[] }>(env.DISCORD_API_URL as string)
  const edit = state.requests.find((request) => request.path === `/webhooks/${testApplication.id}/${message.token}/messages/@original`)
  expect(edit?.method).toBe('PATCH')
  expect(edit?.authorization).toBeUndefined()
  const embed = edit?.body.embeds?.[0]
  expect(embed?.title).toMatch(/^(PASS|CAUTION|FAIL|REVIEW): Pre-check: WETH liquidation threshold → 86 %/)
  expect(discordLimitErrors(edit?.body ?? {})).toEqual([])
})

test('behavior: check of a proposal Firebreak has not seen says so', async () => {
  const message: InteractionMessage = {
    kind: 'interaction',
    applicationId: testApplication.id,
    token: `unseen-${Math.random().toString(36).slice(2)}`,
    command: { name: 'check', chainId: 1, id: '999999' },
  }
  const batch = createMessageBatch('firebreak-checks', [{ id: 'm2', timestamp: new Date(), attempts: 1, body: message }])
  await handleQueue(batch, env)
  const state = await serverState<{ requests: { path: string; body: MessageBody }[] }>(env.DISCORD_API_URL as string)
  const edit = state.requests.find((request) => request.path.includes(message.token))
  expect(edit?.body.content).toContain('Firebreak has not seen that proposal')
})

test('behavior: recommend answers with the largest safe value', async () => {
  const message: InteractionMessage = {
    kind: 'interaction',
    applicationId: testApplication.id,
    token: `recommend-${Math.random().toString(36).slice(2)}`,
    command: { name: 'recommend', asset: 'weth', parameter: 'collateralFactor' },
  }
  await handleQueue(createMessageBatch('firebreak-checks', [{ id: 'm3', timestamp: new Date(), attempts: 1, body: message }]), env)
  const state = await serverState<{ requests: { path: string; body: MessageBody }[] }>(env.DISCORD_API_URL as string)
  const edit = state.requests.find((request) => request.path.includes(message.token))
  expect(edit?.body.content).toMatch(/^\*\*Largest safe WETH LTV on .+: [\d.]+ %\*\* \(now [\d.]+ %\)\. /)
})
