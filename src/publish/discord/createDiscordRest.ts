import { REST } from '@discordjs/rest'
import { discordApiVersion } from './discordApi.ts'

export type CreateDiscordRestParameters = {
  /** Bot token; omit for interaction webhooks, which authenticate by their URL. */
  token?: string
  /** Discord's API base without the version; tests point it at a local server. */
  api?: string
  /** Milliseconds before a request is abandoned (the answer's headers must arrive within it). */
  timeoutMs?: number
}

/** How long one Discord request may take: well inside a queue consumer's lease on its proposal. */
export const discordTimeoutMs = 10_000

/**
 * A @discordjs/rest client for one invocation of the Worker: its interval sweepers are off (a
 * Worker must not leave timers behind), requests go through the Worker's own `fetch`, and a 429
 * or 5xx is thrown at once instead of being slept through or retried in the request — the publication
 * is tried again after the delay Discord asked for — and a request that hangs is aborted after `timeoutMs`.
 */
export function createDiscordRest({ token, api = 'https://discord.com/api', timeoutMs = discordTimeoutMs }: CreateDiscordRestParameters = {}): REST {
  const rest = new REST({
    api,
    version: discordApiVersion,
    hashSweepInterval: 0,
    handlerSweepInterval: 0,
    retries: 0,
    offset: 0,
    timeout: timeoutMs,
    rejectOnRateLimit: () => true,
    makeRequest: (url, init) => fetch(url, init as RequestInit) as never,
  })
  return token ? rest.setToken(token) : rest
}
