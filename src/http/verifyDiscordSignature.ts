export type VerifyDiscordSignatureParameters = {
  /** The application's public key from the Discord developer portal, hex. */
  publicKey: string
  /** `X-Signature-Ed25519`, hex. */
  signature: string | null
  /** `X-Signature-Timestamp`, unix seconds. */
  timestamp: string | null
  /** The raw request body, exactly as received. */
  body: string
  /** Seconds since the epoch; tests pass their own clock. */
  now?: number
  /** Older timestamps are refused as replays. */
  maxAgeSeconds?: number
}

export type VerifyDiscordSignatureReturnType = { ok: true } | { ok: false; reason: string }

/**
 * Verifies a Discord interaction: an Ed25519 signature by the application's key over
 * timestamp + raw body (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers),
 * with Web Crypto's Ed25519 as workerd provides it. A timestamp older than `maxAgeSeconds` is refused.
 */
export async function verifyDiscordSignature({
  publicKey,
  signature,
  timestamp,
  body,
  now = Date.now() / 1000,
  maxAgeSeconds = 300,
}: VerifyDiscordSignatureParameters): Promise<VerifyDiscordSignatureReturnType> {
  if (!signature || !timestamp) return { ok: false, reason: 'missing X-Signature-Ed25519 or X-Signature-Timestamp' }
  const signatureBytes = hexBytes(signature, 64)
  const keyBytes = hexBytes(publicKey, 32)
  if (!signatureBytes) return { ok: false, reason: 'X-Signature-Ed25519 is not 64 hex bytes' }
  if (!keyBytes) return { ok: false, reason: 'the configured public key is not 32 hex bytes' }
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > maxAgeSeconds)
    return { ok: false, reason: 'X-Signature-Timestamp is not within the accepted window' }
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'Ed25519' }, false, ['verify'])
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, signatureBytes, new TextEncoder().encode(timestamp + body))
  return valid ? { ok: true } : { ok: false, reason: 'invalid request signature' }
}

function hexBytes(hex: string, length: number): Uint8Array | null {
  if (!new RegExp(`^[0-9a-fA-F]{${length * 2}}$`).test(hex)) return null
  const bytes = new Uint8Array(length)
  for (let index = 0; index < length; index++) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16)
  return bytes
}
