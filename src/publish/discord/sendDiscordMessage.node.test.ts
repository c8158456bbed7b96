import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { type DiscordServer, startDiscordServer } from '../../../test/servers/discord.ts'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { PublishError } from '../PublishError.ts'
import { renderEmbed } from '../render/embed.ts'
import { createDiscordRest } from './createDiscordRest.ts'
import { sendDiscordMessage } from './sendDiscordMessage.ts'

let discord: DiscordServer
beforeAll(async () => {
  discord = await startDiscordServer()
})
afterAll(async () => {
  await discord.close()
})
beforeEach(() => {
  discord.requests.length = 0
})

const channelId = '1320000000000000001'
const body = { embeds: [renderEmbed({ verdict: exampleVerdict(), pageUrl: 'https://firebreak.example/verdicts/v-example-1' })] }

test('default', async () => {
  const rest = createDiscordRest({ token: discord.token, api: discord.api })
  const sent = await sendDiscordMessage({ rest, channelId, body })
  expect(sent.edited).toBe(false)
  const message = discord.messages.get(sent.messageId)
  expect(message?.channel_id).toBe(channelId)
  expect(message?.embeds?.[0].title).toBe('FAIL: Aave v3 Ethereum: raise wstETH liquidation threshold')
  expect(discord.requests[0]).toMatchObject({ method: 'POST', path: `/channels/${channelId}/messages`, authorization: `Bot ${discord.token}` })
})

test('behavior: a re-check edits the earlier message instead of posting another', async () => {
  const rest = createDiscordRest({ token: discord.token, api: discord.api })
  const first = await sendDiscordMessage({ rest, channelId, body })
  const passBody = { embeds: [renderEmbed({ verdict: exampleVerdict({ level: 'PASS' }), pageUrl: 'https://firebreak.example/verdicts/v2' })] }
  const second = await sendDiscordMessage({ rest, channelId, messageId: first.messageId, body: passBody })
  expect(second).toEqual({ messageId: first.messageId, edited: true })
  expect(discord.messages.get(first.messageId)?.embeds?.[0].color).toBe(0x2ea043)
  expect(discord.requests.map((request) => request.method)).toEqual(['POST', 'PATCH'])
})

test('behavior: a deleted earlier message is replaced by a new one', async () => {
  const rest = createDiscordRest({ token: discord.token, api: discord.api })
  const sent = await sendDiscordMessage({ rest, channelId, messageId: '1319999999999999999', body })
  expect(sent.edited).toBe(false)
  expect(discord.requests.map((request) => request.method)).toEqual(['PATCH', 'POST'])
})

test('errors: 429 gives back Discord’s delay without retrying inside the request', async () => {
  discord.failNext({ status: 429, retryAfter: 7.2 })
  const rest = createDiscordRest({ token: discord.token, api: discord.api })
  const error = await sendDiscordMessage({ rest, channelId, body }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(PublishError)
  expect(error).toMatchObject({ retryable: true, retryAfterSeconds: 8 })
  expect(discord.requests).toHaveLength(1)
})

test('errors: 5xx is retryable later, a bad token is not', async () => {
  discord.failNext({ status: 502 })
  const error = await sendDiscordMessage({ rest: createDiscordRest({ token: discord.token, api: discord.api }), channelId, body }).catch((caught: unknown) => caught)
  expect(error).toMatchObject({ retryable: true, retryAfterSeconds: 30 })
  expect(discord.requests).toHaveLength(1)

  const unauthorised = await sendDiscordMessage({ rest: createDiscordRest({ token: 'wrong', api: discord.api }), channelId, body }).catch((caught: unknown) => caught)
  expect(unauthorised).toMatchObject({ retryable: false })
  expect((unauthorised as PublishError).shortMessage).toContain('401')
})

test('errors: the server refuses an embed over Discord’s limits', async () => {
  const rest = createDiscordRest({ token: discord.token, api: discord.api })
  const tooLong = { embeds: [{ title: 'x'.repeat(257), description: 'ok' }] }
  const error = await sendDiscordMessage({ rest, channelId, body: tooLong }).catch((caught: unknown) => caught)
  expect(error).toMatchObject({ retryable: false })
  expect((error as PublishError).details).toContain('Invalid Form Body')
})
