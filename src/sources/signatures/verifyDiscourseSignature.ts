import { constantTimeEqual } from './constantTimeEqual.ts'
import { hmacSha256Hex } from './hmacSha256Hex.ts'

export type VerifyDiscourseSignatureParameters = {
  body: string
  /** `X-Discourse-Event-Signature`: "sha256=<hex>". */
  signature: string | null | undefined
  secret: string
}

/** Discourse signs webhook bodies with HMAC-SHA256 under the webhook's secret: `sha256=<hex>` (Discourse WebHook emitter). */
export async function verifyDiscourseSignature({ body, signature, secret }: VerifyDiscourseSignatureParameters): Promise<boolean> {
  if (!signature?.startsWith('sha256=')) return false
  return constantTimeEqual(`sha256=${await hmacSha256Hex(secret, body)}`, signature.trim().toLowerCase())
}
