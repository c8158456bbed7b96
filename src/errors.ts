/** Base of Firebreak's errors (viem style): a short message for people, details for the record. */
export class BaseError extends Error {
  readonly shortMessage: string
  readonly details?: string
  constructor(shortMessage: string, { details, cause }: { details?: string; cause?: unknown } = {}) {
    super(details ? `${shortMessage}\n\nDetails: ${details}` : shortMessage, { cause })
    this.shortMessage = shortMessage
    this.details = details
  }
}

/** The caller sent something Firebreak cannot use: a 4xx at the HTTP edge, exit code 2 in the CLI. */
export class InputError extends BaseError {
  override name = 'InputError'
}
