import { BaseError } from '../errors.ts'

export type PublishErrorParameters = {
  publisher: string
  shortMessage: string
  details?: string
  /** Seconds to wait before trying again, as the remote service asked (429) or a default for 5xx. */
  retryAfterSeconds?: number
  /** False when trying again cannot help until something changes (a 4xx other than 429). */
  retryable: boolean
  /**
   * The HTTP status the service answered. A 4xx (429 included) means the request was refused and nothing
   * happened; a 5xx or no status (a timeout, a dropped connection) leaves it unknown whether a create was
   * carried out — an ambiguous failure, after which the post is looked up before it is created again.
   */
  status?: number
}

/**
 * A publisher could not deliver. The failure is recorded on the publication and tried again after
 * `retryAfterSeconds` or the backoff (never by sleeping inside a request).
 */
export class PublishError extends BaseError {
  override name = 'PublishError'
  readonly publisher: string
  readonly retryAfterSeconds?: number
  readonly retryable: boolean
  readonly status?: number

  constructor({ publisher, shortMessage, details, retryAfterSeconds, retryable, status }: PublishErrorParameters) {
    super(`${publisher}: ${shortMessage}`, { details })
    this.publisher = publisher
    this.retryAfterSeconds = retryAfterSeconds
    this.retryable = retryable
    this.status = status
  }

  /** Whether the service may have carried the request out although it failed (see `status`). */
  get ambiguous(): boolean {
    return this.status === undefined || this.status >= 500
  }
}
