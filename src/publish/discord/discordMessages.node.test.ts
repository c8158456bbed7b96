import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { type DiscordServer, startDiscordServer } from '../../../test/servers/discord.ts'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { PublishError } from '../PublishError.ts'
import { renderEmbed } from '../render/embed.ts'
import { createDiscordMessage } from './createDiscordMessage.ts'
import { createDiscordRest } from './createDiscordRest.ts'
import { editDiscordMessage } from './editDiscordMessage.ts'
import { findDiscordMessage } from './findDiscordMessage.ts'

let discord: DiscordServer
beforeAll(async () => {
  discord = await startDiscordServer({ nonceWindowMs: 60_000 })
})
afterAll(async () => {
  await discord.close()
})
beforeEach(() => {
  discord.requests.length = 0
})

const channelId = '1320000000000000001'
const pageUrl = 'https://firebreak.example/verdicts/v-example-1'
const body = { embeds: [renderEmbed({ verdict: exampleVerdict(), pageUrl })] }
const rest = () => createDiscordRest({ token: discord.token, api: discord.api })
let nonces = 0
const nonce = () => `n${Date.now().toString(36)}${nonces++}`

test('default', async () => {
  const messageId = await createDiscordMessage({ rest: rest(), channelId, body, nonce: nonce() })
  const message = discord.messages.get(messageId)
  expect(message?.channel_id).toBe(channelId)
  expect(message?.embeds?.[0].title).toBe('FAIL: Aave v3 Ethereum: raise wstETH liquidation threshold')
  expect(discord.requests[0]).toMatchObject({ method: 'POST', path: `/channels/${channelId}/messages`, authorization: `Bot ${discord.token}` })
  expect(discord.requests[0].body).toMatchObject({ enforce_nonce: true })
})

test('behavior: a re-check edits the earlier message; a deleted one reports false', async () => {
  const messageId = await createDiscordMessage({ rest: rest(), channelId, body, nonce: nonce() })
  const passBody = { embeds: [renderEmbed({ verdict: exampleVerdict({ level: 'PASS' }), pageUrl })] }
  expect(await editDiscordMessage({ rest: rest(), channelId, messageId, body: passBody })).toBe(true)
  expect(discord.messages.get(messageId)?.embeds?.[0].color).toBe(0x2ea043)
  expect(await editDiscordMessage({ rest: rest(), channelId, messageId: '1319999999999999999', body })).toBe(false)
  expect(discord.requests.map((request) => request.method)).toEqual(['POST', 'PATCH', 'PATCH'])
})

test('behavior: a create Discord carried out but answered 502 is returned, not repeated, when retried with its nonce', async () => {
  const once = nonce()
  discord.failNext({ status: 502, commit: true })
  const failed = await createDiscordMessage({ rest: rest(), channelId: '1320000000000000002', body, nonce: once }).catch((caught: unknown) => caught)
  expect(failed).toMatchObject({ ambiguous: true, status: 502 })
  const retried = await createDiscordMessage({ rest: rest(), channelId: '1320000000000000002', body, nonce: once })
  const inChannel = [...discord.messages.values()].filter((message) => message.channel_id === '1320000000000000002')
  expect(inChannel.map((message) => message.id)).toEqual([retried])
})

test('behavior: the message an ambiguous create made is found by the page its embed links, after the nonce window', async () => {
  const channel = '1320000000000000003'
  const since = Date.now()
  discord.failNext({ status: 503, commit: true })
  await createDiscordMessage({ rest: rest(), channelId: channel, body, nonce: nonce() }).catch(() => undefined)
  await createDiscordMessage({ rest: rest(), channelId: channel, body: { content: 'someone else’s message with the link ' + pageUrl }, nonce: nonce() })
  const [made] = [...discord.messages.values()].filter((message) => message.channel_id === channel && message.embeds?.length)
  expect(await findDiscordMessage({ rest: rest(), channelId: channel, embedUrl: pageUrl, since })).toBe(made.id)
  expect(await findDiscordMessage({ rest: rest(), channelId: channel, embedUrl: 'https://firebreak.example/verdicts/other', since })).toBeNull()
  // Only messages after the create are read (`after` is a snowflake of its time, less a minute for clocks).
  expect(await findDiscordMessage({ rest: rest(), channelId: channel, embedUrl: pageUrl, since: Date.now() + 120_000 })).toBeNull()
  expect(discord.requests.at(-1)?.path).toMatch(new RegExp(`^/channels/${channel}/messages\\?after=\\d+&limit=100$`))
})

test('errors: 429 gives back Discord’s delay without retrying inside the request', async () => {
  discord.failNext({ status: 429, retryAfter: 7.2 })
  const error = await createDiscordMessage({ rest: rest(), channelId, body, nonce: nonce() }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(PublishError)
  expect(error).toMatchObject({ retryable: true, retryAfterSeconds: 8, status: 429, ambiguous: false })
  expect(discord.requests).toHaveLength(1)
})

test('errors: 5xx is retryable later, a bad token is not; a hanging Discord times out (ambiguous)', async () => {
  discord.failNext({ status: 502 })
  const error = await createDiscordMessage({ rest: rest(), channelId, body, nonce: nonce() }).catch((caught: unknown) => caught)
  expect(error).toMatchObject({ retryable: true, retryAfterSeconds: 30 })
  expect(discord.requests).toHaveLength(1)

  const unauthorised = await createDiscordMessage({ rest: createDiscordRest({ token: 'wrong', api: discord.api }), channelId, body, nonce: nonce() }).catch((caught: unknown) => caught)
  expect(unauthorised).toMatchObject({ retryable: false, ambiguous: false })
  expect((unauthorised as PublishError).shortMessage).toContain('401')

  discord.failNext({ delayMs: 1_500 })
  const started = Date.now()
  const slow = await createDiscordMessage({ rest: createDiscordRest({ token: discord.token, api: discord.api, timeoutMs: 300 }), channelId, body, nonce: nonce() }).catch(
    (caught: unknown) => caught,
  )
  expect(Date.now() - started).toBeLessThan(1_400)
  expect(slow).toMatchObject({ retryable: true, ambiguous: true })
})

test('errors: the server refuses an embed over Discord’s limits, and a nonce over 25 characters', async () => {
  const tooLong = { embeds: [{ title: 'x'.repeat(257), description: 'ok' }] }
  const error = await createDiscordMessage({ rest: rest(), channelId, body: tooLong, nonce: nonce() }).catch((caught: unknown) => caught)
  expect(error).toMatchObject({ retryable: false })
  expect((error as PublishError).details).toContain('Invalid Form Body')
  const longNonce = await createDiscordMessage({ rest: rest(), channelId, body, nonce: 'n'.repeat(26) }).catch((caught: unknown) => caught)
  expect((longNonce as PublishError).details).toContain('nonce')
})
