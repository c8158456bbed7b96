import { BaseError } from '../errors.ts'

export type PublishErrorParameters = {
  publisher: string
  shortMessage: string
  details?: string
  /** Seconds to wait before trying again, as the remote service asked (429) or a default for 5xx. */
  retryAfterSeconds?: number
  /** False when trying again cannot help (a 4xx other than 429): the failure is recorded, not retried. */
  retryable: boolean
}

/**
 * A publisher could not deliver. The queue consumer retries a retryable one after
 * `retryAfterSeconds` (never by sleeping inside a request) and records the rest.
 */
export class PublishError extends BaseError {
  override name = 'PublishError'
  readonly publisher: string
  readonly retryAfterSeconds?: number
  readonly retryable: boolean

  constructor({ publisher, shortMessage, details, retryAfterSeconds, retryable }: PublishErrorParameters) {
    super(`${publisher}: ${shortMessage}`, { details })
    this.publisher = publisher
    this.retryAfterSeconds = retryAfterSeconds
    this.retryable = retryable
  }
}
