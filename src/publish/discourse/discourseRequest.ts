import { PublishError } from '../PublishError.ts'
import type { DiscourseConfig } from './DiscourseConfig.ts'

export type DiscourseRequestParameters = {
  config: DiscourseConfig
  method: 'GET' | 'POST' | 'PUT'
  path: string
  body?: unknown
  /** Milliseconds before the request (headers and body) is abandoned. */
  timeoutMs?: number
}

/** How long one Discourse request may take: well inside a queue consumer's lease on its proposal. */
export const discourseTimeoutMs = 10_000

/** Seconds to wait after a Discourse 5xx before the queue tries again. */
export const discourseServerErrorDelaySeconds = 30

/**
 * One call to a Discourse forum's API with its Api-Key / Api-Username headers. A 429 becomes a
 * retryable PublishError carrying Retry-After (or the body's extras.wait_seconds), a 5xx a
 * retryable one, a 404 resolves to null, any other 4xx a PublishError that is not retried. A request
 * that takes longer than `timeoutMs` is abandoned (a PublishError without status: it may have been done).
 */
export async function discourseRequest<T>({ config, method, path, body, timeoutMs = discourseTimeoutMs }: DiscourseRequestParameters): Promise<T | null> {
  const url = `${config.url.replace(/\/$/, '')}${path}`
  const signal = AbortSignal.timeout(timeoutMs)
  let response: Response
  let text: string
  try {
    response = await fetch(url, {
      signal,
      method,
      headers: {
        'Api-Key': config.apiKey,
        'Api-Username': config.apiUsername,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    text = await response.text()
  } catch (error) {
    throw new PublishError({
      publisher: 'discourse',
      shortMessage: `${method} ${path} failed`,
      details: error instanceof Error ? error.message : String(error),
      retryable: true,
      retryAfterSeconds: discourseServerErrorDelaySeconds,
    })
  }
  if (response.ok) return JSON.parse(text) as T
  if (response.status === 404) return null
  if (response.status === 429) {
    const header = Number(response.headers.get('retry-after'))
    const waitSeconds = Number.isFinite(header) && header > 0 ? header : waitSecondsFromBody(text)
    throw new PublishError({
      publisher: 'discourse',
      shortMessage: `rate limited on ${method} ${path}`,
      details: text,
      retryable: true,
      status: 429,
      retryAfterSeconds: Math.max(1, Math.ceil(waitSeconds ?? discourseServerErrorDelaySeconds)),
    })
  }
  throw new PublishError({
    publisher: 'discourse',
    shortMessage: `${method} ${path} → ${response.status}`,
    details: text,
    retryable: response.status >= 500,
    status: response.status,
    ...(response.status >= 500 ? { retryAfterSeconds: discourseServerErrorDelaySeconds } : {}),
  })
}

function waitSecondsFromBody(text: string): number | undefined {
  try {
    const wait = (JSON.parse(text) as { extras?: { wait_seconds?: unknown } }).extras?.wait_seconds
    return typeof wait === 'number' ? wait : undefined
  } catch {
    return undefined
  }
}
