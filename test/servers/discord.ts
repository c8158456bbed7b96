// A small local Discord API (v10) on 127.0.0.1 for tests: the endpoints Firebreak uses, with
// Discord's documented auth and limits. Source: https://discord.com/developers/docs/resources/message
// (create/edit message, embed limits), /interactions/receiving-and-responding (webhook follow-ups,
// no bot auth), /interactions/application-commands (bulk overwrite, name and description limits),
// /topics/rate-limits (429 body with retry_after, Retry-After header, X-RateLimit-* headers).
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { discordLimitErrors, type MessageBody } from './discordLimits.ts'
import { readJson } from './readJson.ts'

export type DiscordRequest = { method: string; path: string; authorization?: string; body: unknown }
export type DiscordMessage = MessageBody & { id: string; channel_id: string; edited_timestamp: string | null }
export type DiscordFailure = { status: 429; retryAfter: number; global?: boolean } | { status: 500 | 502 | 503 }

export type DiscordServer = {
  /** Base URL to pass as @discordjs/rest's `api` option (it appends /v10). */
  api: string
  token: string
  applicationId: string
  requests: DiscordRequest[]
  messages: Map<string, DiscordMessage>
  /** Global commands as last registered. */
  commands: unknown[]
  /** The next requests (any route) fail this way, in order. */
  failNext(...failures: DiscordFailure[]): void
  close(): Promise<void>
}

const commandName = /^[-_\p{L}\p{N}]{1,32}$/u

export async function startDiscordServer({ token = 'test-bot-token', applicationId = '1300000000000000001' } = {}): Promise<DiscordServer> {
  const requests: DiscordRequest[] = []
  const messages = new Map<string, DiscordMessage>()
  const failures: DiscordFailure[] = []
  let commands: unknown[] = []
  let nextId = 1_310_000_000_000_000_000n

  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers })
    response.end(body === undefined ? (status === 200 ? '{}' : '') : JSON.stringify(body))
  }
  const invalidForm = (response: ServerResponse, errors: string[]) =>
    send(response, 400, { code: 50035, message: 'Invalid Form Body', errors: { _errors: errors.map((message) => ({ code: 'BASE_TYPE_INVALID', message })) } })

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v10)?/, '')
    const body = await readJson(request)
    const authorization = request.headers.authorization
    // Control routes for tests running inside workerd, which cannot reach this object directly.
    if (path === '/__test/state') return send(response, 200, { requests, messages: [...messages.values()], commands })
    if (path === '/__test/fail' && request.method === 'POST') {
      failures.push(...(body as DiscordFailure[]))
      return send(response, 200, {})
    }
    if (path === '/__test/reset' && request.method === 'POST') {
      requests.length = 0
      failures.length = 0
      return send(response, 200, {})
    }
    requests.push({ method: request.method ?? 'GET', path, authorization, body })

    const failure = failures.shift()
    if (failure?.status === 429) {
      const headers: Record<string, string> = {
        'retry-after': String(Math.ceil(failure.retryAfter)),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(failure.retryAfter),
        'x-ratelimit-bucket': 'test-bucket',
        'x-ratelimit-scope': failure.global ? 'global' : 'user',
      }
      if (failure.global) headers['x-ratelimit-global'] = 'true'
      return send(response, 429, { message: 'You are being rate limited.', retry_after: failure.retryAfter, global: failure.global ?? false }, headers)
    }
    if (failure) return send(response, failure.status, { message: 'Server error', code: 0 })
    if (body instanceof Error) return send(response, 400, { code: 50109, message: 'The request body contains invalid JSON.' })

    const webhook = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/)
    if (!webhook && authorization !== `Bot ${token}`) return send(response, 401, { message: '401: Unauthorized', code: 0 })

    const channelMessages = path.match(/^\/channels\/(\d+)\/messages(?:\/(\d+))?$/)
    if (channelMessages) {
      const [, channelId, messageId] = channelMessages
      if (request.method === 'POST' && !messageId) return createMessage(response, channelId, body as MessageBody)
      if (request.method === 'PATCH' && messageId) return editMessage(response, messageId, body as MessageBody)
    }
    if (webhook) {
      const [, webhookApplication, interactionToken, messageId] = webhook
      if (webhookApplication !== applicationId) return send(response, 404, { message: 'Unknown Webhook', code: 10015 })
      const key = `interaction:${interactionToken}`
      if (request.method === 'PATCH' && messageId === '@original') {
        if (!messages.has(key)) messages.set(key, { id: key, channel_id: 'interaction', edited_timestamp: null })
        return editMessage(response, key, body as MessageBody)
      }
      if (request.method === 'POST' && !messageId) return createMessage(response, 'interaction', body as MessageBody)
    }
    const commandsPath = path.match(/^\/applications\/(\d+)\/(?:guilds\/\d+\/)?commands$/)
    if (commandsPath && request.method === 'PUT') {
      if (commandsPath[1] !== applicationId) return send(response, 403, { message: 'Missing Access', code: 50001 })
      const errors = commandErrors(body)
      if (errors.length) return invalidForm(response, errors)
      commands = body as unknown[]
      return send(response, 200, commands.map((command, index) => ({ id: String(nextId++), application_id: applicationId, version: '1', ...(command as object), index })))
    }
    return send(response, 404, { message: '404: Not Found', code: 0 })
  })

  function createMessage(response: ServerResponse, channelId: string, body: MessageBody) {
    const errors = messageErrors(body)
    if (errors.length) return invalidForm(response, errors)
    const message: DiscordMessage = { ...body, id: String(nextId++), channel_id: channelId, edited_timestamp: null }
    messages.set(message.id, message)
    return send(response, 200, message)
  }
  function editMessage(response: ServerResponse, messageId: string, body: MessageBody) {
    const existing = messages.get(messageId)
    if (!existing) return send(response, 404, { message: 'Unknown Message', code: 10008 })
    const errors = messageErrors(body)
    if (errors.length) return invalidForm(response, errors)
    const message: DiscordMessage = { ...existing, ...body, edited_timestamp: new Date().toISOString() }
    messages.set(messageId, message)
    return send(response, 200, message)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.unref()
  const { port } = server.address() as AddressInfo
  return {
    api: `http://127.0.0.1:${port}/api`,
    token,
    applicationId,
    requests,
    messages,
    get commands() {
      return commands
    },
    failNext: (...next) => void failures.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
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
