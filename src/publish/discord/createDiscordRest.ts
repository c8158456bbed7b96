import { REST } from '@discordjs/rest'
import { discordApiVersion } from './discordApi.ts'

export type CreateDiscordRestParameters = {
  /** Bot token; omit for interaction webhooks, which authenticate by their URL. */
  token?: string
  /** Discord's API base without the version; tests point it at a local server. */
  api?: string
}

/**
 * A @discordjs/rest client for one invocation of the Worker: its interval sweepers are off (a
 * Worker must not leave timers behind), requests go through the Worker's own `fetch`, and a 429
 * or 5xx is thrown at once instead of being slept through or retried in the request — the queue
 * retries it after the delay Discord asked for.
 */
export function createDiscordRest({ token, api = 'https://discord.com/api' }: CreateDiscordRestParameters = {}): REST {
  const rest = new REST({
    api,
    version: discordApiVersion,
    hashSweepInterval: 0,
    handlerSweepInterval: 0,
    retries: 0,
    offset: 0,
    rejectOnRateLimit: () => true,
    makeRequest: (url, init) => fetch(url, init as RequestInit) as never,
  })
  return token ? rest.setToken(token) : rest
}
