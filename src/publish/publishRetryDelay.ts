import { PublishError } from './PublishError.ts'

/** How long a publication keeps being retried from when its verdict was handed over before it is marked failed. */
export const publishRetryWindowMs = 72 * 3_600_000

/**
 * Milliseconds before attempt n + 1 after n failed attempts: 10 s doubling to a 1 h cap, at least what a 429
 * asked for (Retry-After), and at least an hour after a refusal that only a change can cure (a 4xx such as a
 * revoked token). Over 24 hours that is about 30 attempts, over the 72-hour window about 80.
 */
export function publishRetryDelay(attempts: number, error: unknown): number {
  const backoffMs = Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempts - 1))
  if (!(error instanceof PublishError)) return backoffMs
  if (error.status === 429) return Math.max(backoffMs, (error.retryAfterSeconds ?? 0) * 1000)
  return error.retryable ? backoffMs : Math.max(backoffMs, 3_600_000)
}
