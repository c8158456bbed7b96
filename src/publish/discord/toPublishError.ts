import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest'
import { PublishError } from '../PublishError.ts'

/** Seconds to wait after a Discord 5xx before the queue tries again. */
export const discordServerErrorDelaySeconds = 30

/**
 * Turns what @discordjs/rest throws into a PublishError: a 429 keeps Discord's retry delay,
 * a 5xx or network failure is retried later, any other 4xx is not.
 */
export function toPublishError(error: unknown): PublishError {
  if (error instanceof PublishError) return error
  if (error instanceof RateLimitError)
    return new PublishError({
      publisher: 'discord',
      shortMessage: `rate limited on ${error.route}${error.global ? ' (global)' : ''}`,
      retryAfterSeconds: Math.max(1, Math.ceil(error.retryAfter / 1000)),
      retryable: true,
      status: 429,
    })
  if (error instanceof DiscordAPIError)
    return new PublishError({
      publisher: 'discord',
      shortMessage: `${error.method.toUpperCase()} ${error.url} → ${error.status}`,
      details: error.message,
      retryable: error.status >= 500,
      status: error.status,
      ...(error.status >= 500 ? { retryAfterSeconds: discordServerErrorDelaySeconds } : {}),
    })
  if (error instanceof HTTPError)
    return new PublishError({
      publisher: 'discord',
      shortMessage: `${error.method.toUpperCase()} ${error.url} → ${error.status}`,
      details: error.message,
      retryable: true,
      status: error.status,
      retryAfterSeconds: discordServerErrorDelaySeconds,
    })
  // A timeout (@discordjs/rest aborts after its `timeout`) or a dropped connection: no status.
  return new PublishError({
    publisher: 'discord',
    shortMessage: 'request failed',
    details: error instanceof Error ? error.message : String(error),
    retryable: true,
    retryAfterSeconds: discordServerErrorDelaySeconds,
  })
}
