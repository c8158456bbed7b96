import { constantTimeEqual } from './constantTimeEqual.ts'
import { hmacSha256Hex } from './hmacSha256Hex.ts'

export type VerifyQuickNodeSignatureParameters = {
  /** The raw (uncompressed) request body. */
  body: string
  /** `X-QN-Nonce`, `X-QN-Timestamp` and `X-QN-Signature` headers. */
  nonce: string | null | undefined
  timestamp: string | null | undefined
  signature: string | null | undefined
  /** The Stream's security token. */
  securityToken: string
  /** Reject deliveries whose timestamp is further than this from `now` (replay window). */
  maxAgeSeconds?: number
  now?: Date
}

/**
 * QuickNode Streams sign HMAC-SHA256 over nonce + timestamp + payload with the Stream's security token,
 * hex in `X-QN-Signature` (QuickNode guide "How to Validate Incoming Streams Webhook Messages").
 * A timestamp outside the replay window fails too.
 */
export async function verifyQuickNodeSignature({
  body,
  nonce,
  timestamp,
  signature,
  securityToken,
  maxAgeSeconds = 300,
  now = new Date(),
}: VerifyQuickNodeSignatureParameters): Promise<boolean> {
  if (!nonce || !timestamp || !signature) return false
  const sentAt = Number(timestamp)
  if (!Number.isFinite(sentAt) || Math.abs(now.getTime() / 1000 - sentAt) > maxAgeSeconds) return false
  return constantTimeEqual(await hmacSha256Hex(securityToken, nonce + timestamp + body), signature.trim().toLowerCase())
}
