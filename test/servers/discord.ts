// A small local Discord API (v10) on 127.0.0.1 for tests: the endpoints Firebreak uses, with
// Discord's documented auth and limits. Source: https://discord.com/developers/docs/resources/message
// (create/edit/list messages, embed limits; `nonce` up to 25 characters, and with `enforce_nonce` "checked
// for uniqueness in the past few minutes. If another message was created by the same author with the same
// nonce, that message will be returned and no new message will be created"), /reference#snowflakes (ids
// carry their creation time, which `after` filters on), /interactions/receiving-and-responding (webhook
// follow-ups, no bot auth), /interactions/application-commands (bulk overwrite, name and description
// limits), /topics/rate-limits (429 body with retry_after, Retry-After header, X-RateLimit-* headers).
// Faults (test/servers/faults.ts) reproduce 429s, 5xx, outages, slow answers and committed-then-502 creates.
import { createServer, type ServerResponse } from 'node:http'
import { discordLimitErrors, type MessageBody } from './discordLimits.ts'
import { createFaults, type Fault, type FaultPlan, faultControls, sleep } from './faults.ts'
import { listen } from './listen.ts'
import { readJson } from './readJson.ts'

export type DiscordRequest = { method: string; path: string; authorization?: string; body: unknown }
export type DiscordMessage = MessageBody & {
  id: string
  channel_id: string
  type: number
  author: { id: string; username: string; bot: true }
  webhook_id?: string
  nonce?: string | number
  edited_timestamp: string | null
}
export type DiscordServer = {
  /** Base URL to pass as @discordjs/rest's `api` option (it appends /v10). */
  api: string
  token: string
  applicationId: string
  /** The bot user the token belongs to: author of the channel messages it creates. */
  botUserId: string
  requests: DiscordRequest[]
  messages: Map<string, DiscordMessage>
  /** Global commands as last registered. */
  commands: unknown[]
  close(): Promise<void>
} & ReturnType<typeof faultControls>

export type StartDiscordServerParameters = {
  token?: string
  applicationId?: string
  /** How long `enforce_nonce` remembers a nonce ("the past few minutes"; kept short so lookups are exercised). */
  nonceWindowMs?: number
}

const commandName = /^[-_\p{L}\p{N}]{1,32}$/u
/** Discord's epoch (2015-01-01T00:00:00Z): a snowflake is (ms since it) << 22 | worker, process, increment. */
const discordEpoch = 1_420_070_400_000n

export async function startDiscordServer({ token = 'test-bot-token', applicationId = '1300000000000000001', nonceWindowMs: initialNonceWindowMs = 120_000 }: StartDiscordServerParameters = {}): Promise<DiscordServer> {
  let nonceWindowMs = initialNonceWindowMs
  const requests: DiscordRequest[] = []
  const messages = new Map<string, DiscordMessage>()
  const nonces = new Map<string, { messageId: string; at: number }>()
  const faults = createFaults()
  const botUserId = applicationId
  let commands: unknown[] = []
  let increment = 0n
  const snowflake = () => String(((BigInt(Date.now()) - discordEpoch) << 22n) | (increment++ & 0xfffn))

  type Answer = { status: number; body: unknown; headers?: Record<string, string> }
  const invalidForm = (errors: string[]): Answer => ({
    status: 400,
    body: { code: 50035, message: 'Invalid Form Body', errors: { _errors: errors.map((message) => ({ code: 'BASE_TYPE_INVALID', message })) } },
  })
  const send = (response: ServerResponse, { status, body, headers = {} }: Answer) => {
    if (response.destroyed) return
    response.writeHead(status, { 'content-type': 'application/json', ...headers })
    response.end(body === undefined ? '{}' : JSON.stringify(body))
  }
  const faultAnswer = (fault: Fault & { status: number }): Answer => {
    if (fault.status !== 429) return { status: fault.status, body: { message: 'Server error', code: 0 } }
    const retryAfter = fault.retryAfter ?? 1
    const headers: Record<string, string> = {
      'retry-after': String(Math.ceil(retryAfter)),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'test-bucket',
      'x-ratelimit-scope': fault.global ? 'global' : 'user',
    }
    if (fault.global) headers['x-ratelimit-global'] = 'true'
    return { status: 429, body: { message: 'You are being rate limited.', retry_after: retryAfter, global: fault.global ?? false }, headers }
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v10)?/, '')
    const body = await readJson(request)
    // Control routes for tests running inside workerd, which cannot reach this object directly.
    if (path === '/__test/state') return send(response, { status: 200, body: { requests, messages: [...messages.values()], commands, faultsInjected: faults.injected() } })
    if (path === '/__test/fail' && request.method === 'POST') {
      faults.plan(body as FaultPlan)
      return send(response, { status: 200, body: {} })
    }
    if (path === '/__test/config' && request.method === 'POST') {
      nonceWindowMs = (body as { nonceWindowMs?: number }).nonceWindowMs ?? nonceWindowMs
      return send(response, { status: 200, body: { nonceWindowMs } })
    }
    if (path === '/__test/reset' && request.method === 'POST') {
      requests.length = 0
      faults.reset()
      return send(response, { status: 200, body: {} })
    }
    requests.push({ method: request.method ?? 'GET', path: `${path}${url.search}`, authorization: request.headers.authorization, body })
    const fault = faults.take()
    if (fault?.delayMs) await sleep(fault.delayMs)
    if (fault?.status && !fault.commit) return send(response, faultAnswer({ ...fault, status: fault.status }))
    const answer = handle(request.method ?? 'GET', path, url.searchParams, body, request.headers.authorization)
    send(response, fault?.status ? faultAnswer({ ...fault, status: fault.status }) : answer)
  })

  function handle(method: string, path: string, query: URLSearchParams, body: unknown, authorization: string | undefined): Answer {
    if (body instanceof Error) return { status: 400, body: { code: 50109, message: 'The request body contains invalid JSON.' } }
    const webhook = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/)
    if (!webhook && authorization !== `Bot ${token}`) return { status: 401, body: { message: '401: Unauthorized', code: 0 } }

    const channelMessages = path.match(/^\/channels\/(\d+)\/messages(?:\/(\d+))?$/)
    if (channelMessages) {
      const [, channelId, messageId] = channelMessages
      if (method === 'POST' && !messageId) return createMessage(channelId, body as MessageBody & { nonce?: unknown; enforce_nonce?: unknown })
      if (method === 'PATCH' && messageId) return editMessage(messageId, body as MessageBody)
      if (method === 'GET' && !messageId) return listMessages(channelId, query)
    }
    if (webhook) {
      const [, webhookApplication, interactionToken, messageId] = webhook
      if (webhookApplication !== applicationId) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } }
      const key = `interaction:${interactionToken}`
      if (method === 'PATCH' && messageId === '@original') {
        if (!messages.has(key))
          messages.set(key, { id: key, channel_id: 'interaction', type: 20, author: { id: botUserId, username: 'firebreak', bot: true }, webhook_id: applicationId, edited_timestamp: null })
        return editMessage(key, body as MessageBody)
      }
      if (method === 'POST' && !messageId) return createMessage('interaction', body as MessageBody)
    }
    const commandsPath = path.match(/^\/applications\/(\d+)\/(?:guilds\/\d+\/)?commands$/)
    if (commandsPath && method === 'PUT') {
      if (commandsPath[1] !== applicationId) return { status: 403, body: { message: 'Missing Access', code: 50001 } }
      const errors = commandErrors(body)
      if (errors.length) return invalidForm(errors)
      commands = body as unknown[]
      return { status: 200, body: commands.map((command, index) => ({ id: snowflake(), application_id: applicationId, version: '1', ...(command as object), index })) }
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } }
  }

  function createMessage(channelId: string, body: MessageBody & { nonce?: unknown; enforce_nonce?: unknown }): Answer {
    const errors = messageErrors(body)
    const nonce = body?.nonce
    if (nonce !== undefined && !((typeof nonce === 'string' && nonce.length <= 25) || Number.isSafeInteger(nonce))) errors.push('nonce: Must be 25 or fewer in length.')
    if (errors.length) return invalidForm(errors)
    const nonceKey = `${botUserId}:${channelId}:${String(nonce)}`
    if (nonce !== undefined && body.enforce_nonce === true) {
      const seen = nonces.get(nonceKey)
      const existing = seen && Date.now() - seen.at < nonceWindowMs ? messages.get(seen.messageId) : undefined
      if (existing) return { status: 200, body: existing }
    }
    const { nonce: _nonce, enforce_nonce: _enforce, ...content } = body
    const message: DiscordMessage = {
      ...content,
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      author: { id: botUserId, username: 'firebreak', bot: true },
      ...(channelId === 'interaction' ? { webhook_id: applicationId } : {}),
      ...(nonce === undefined ? {} : { nonce: nonce as string | number }),
      edited_timestamp: null,
    }
    messages.set(message.id, message)
    if (nonce !== undefined) nonces.set(nonceKey, { messageId: message.id, at: Date.now() })
    return { status: 200, body: message }
  }
  function editMessage(messageId: string, body: MessageBody): Answer {
    const existing = messages.get(messageId)
    if (!existing) return { status: 404, body: { message: 'Unknown Message', code: 10008 } }
    const errors = messageErrors(body)
    if (errors.length) return invalidForm(errors)
    const message: DiscordMessage = { ...existing, ...body, edited_timestamp: new Date().toISOString() }
    messages.set(messageId, message)
    return { status: 200, body: message }
  }
  // GET /channels/{id}/messages: newest first, `after` / `before` by snowflake, `limit` 1–100 (default 50).
  // The stored `nonce` is not part of a listed message (Discord only echoes it to the creator).
  function listMessages(channelId: string, query: URLSearchParams): Answer {
    const limit = Number(query.get('limit') ?? 50)
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalidForm(['limit: int value should be less than or equal to 100.'])
    const after = BigInt(query.get('after') ?? 0)
    const before = query.get('before') ? BigInt(query.get('before') as string) : null
    const listed = [...messages.values()]
      .filter((message) => message.channel_id === channelId && BigInt(message.id) > after && (before === null || BigInt(message.id) < before))
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
      .slice(0, limit)
      .map(({ nonce: _nonce, ...message }) => message)
    return { status: 200, body: listed }
  }

  const { port, close } = await listen(server)
  return {
    api: `http://127.0.0.1:${port}/api`,
    token,
    applicationId,
    botUserId,
    requests,
    messages,
    get commands() {
      return commands
    },
    ...faultControls(faults),
    close,
  }
}

function messageErrors(body: MessageBody | undefined): string[] {
  if (!body || typeof body !== 'object') return ['body: Must be an object.']
  if (!body.content && !(body.embeds ?? []).length) return ['Cannot send an empty message']
  return discordLimitErrors(body)
}

function commandErrors(body: unknown): string[] {
  if (!Array.isArray(body)) return ['commands: Must be an array.']
  if (body.length > 100) return ['commands: Must be 100 or fewer in length.']
  const errors: string[] = []
  const check = (option: { name?: string; description?: string; options?: unknown[]; choices?: unknown[] }, where: string) => {
    if (!option.name || !commandName.test(option.name) || option.name !== option.name.toLowerCase()) errors.push(`${where}.name: invalid`)
    if (!option.description || option.description.length > 100) errors.push(`${where}.description: Must be between 1 and 100 in length.`)
    if ((option.options ?? []).length > 25) errors.push(`${where}.options: Must be 25 or fewer in length.`)
    if ((option.choices ?? []).length > 25) errors.push(`${where}.choices: Must be 25 or fewer in length.`)
    for (const [index, child] of (option.options ?? []).entries()) check(child as typeof option, `${where}.options.${index}`)
  }
  body.forEach((command, index) => check(command as Parameters<typeof check>[0], String(index)))
  return errors
}
