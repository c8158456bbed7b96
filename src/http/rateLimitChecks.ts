import type { MiddlewareHandler } from 'hono'
import type { Env } from '../env.ts'

/** The window of CHECK_RATE_LIMITER in wrangler.toml (`[ratelimits.simple] period`): Retry-After waits it out. */
export const checkRateLimitPeriodSeconds = 60

/**
 * Rate-limits POST /v1/check per client with Cloudflare's rate-limiting binding (CHECK_RATE_LIMITER,
 * configured in wrangler.toml): a check is a full stress test, so one client gets a few a minute. The client
 * is its CF-Connecting-IP (set by Cloudflare; `wrangler dev` sets it to the caller's address). Beyond the
 * limit: 429 with Retry-After, before the body is read. Counts are per Cloudflare location and approximate
 * (https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/). Without the binding
 * (a Worker deployed without it) nothing is limited.
 */
export const rateLimitChecks: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const limiter = c.env.CHECK_RATE_LIMITER
  if (limiter) {
    const client = c.req.header('cf-connecting-ip') ?? 'unknown'
    const { success } = await limiter.limit({ key: `check:${client}` })
    if (!success)
      return c.json(
        { error: `Too many checks from this client: POST /v1/check is limited per client per minute. Try again in ${checkRateLimitPeriodSeconds} s.` },
        429,
        { 'retry-after': String(checkRateLimitPeriodSeconds) },
      )
  }
  await next()
}
