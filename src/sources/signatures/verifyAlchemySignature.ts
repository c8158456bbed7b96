import { constantTimeEqual } from './constantTimeEqual.ts'
import { hmacSha256Hex } from './hmacSha256Hex.ts'

export type VerifyAlchemySignatureParameters = {
  /** The raw request body, exactly as received. */
  body: string
  /** The `X-Alchemy-Signature` header. */
  signature: string | null | undefined
  /** The webhook's signing key from the Alchemy dashboard. */
  signingKey: string
}

/**
 * Alchemy signs each webhook delivery with HMAC-SHA256 over the raw body, keyed by the webhook's
 * signing key, hex in `X-Alchemy-Signature` (Alchemy docs, "Webhook signature & security").
 */
export async function verifyAlchemySignature({ body, signature, signingKey }: VerifyAlchemySignatureParameters): Promise<boolean> {
  if (!signature) return false
  return constantTimeEqual(await hmacSha256Hex(signingKey, body), signature.trim().toLowerCase())
}
