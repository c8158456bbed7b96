/**
 * sha-256 (hex) over the canonical JSON of a value: object keys sorted at every depth, no whitespace,
 * `undefined` fields dropped (as JSON.stringify does). Uses Web Crypto, so it runs in workerd and Node 22.
 *
 * @example
 * await canonicalHash({ b: 1, a: [2, { d: 3, c: 4 }] }) === await canonicalHash({ a: [2, { c: 4, d: 3 }], b: 1 })
 */
export async function canonicalHash(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value))
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key]
    return sorted
  })
}
