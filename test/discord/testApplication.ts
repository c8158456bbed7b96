// A real Ed25519 key pair for tests only, generated once with node:crypto for this repository.
// The public half is the Worker's DISCORD_PUBLIC_KEY in vitest.config.ts; nothing else trusts it.
export const testApplication = {
  id: '1300000000000000001',
  publicKey: '2f5da877a6c14598d7e236246b0608210e58ad8940a9dc098defa62eda89496f',
  privateJwk: {
    kty: 'OKP',
    crv: 'Ed25519',
    d: 'roAuScson5103lmDAKWeOh0eiSMJL_Y4OiIJHcIVASk',
    x: 'L12od6bBRZjX4jYkawYIIQ5YrYlAqdwJje-mLtqJSW8',
  },
} as const

/** Signs timestamp + body the way Discord does, returning the headers of a signed interaction request. */
export async function signInteraction(body: string, timestamp = String(Math.floor(Date.now() / 1000))): Promise<Record<string, string>> {
  const key = await crypto.subtle.importKey('jwk', { ...testApplication.privateJwk }, { name: 'Ed25519' }, false, ['sign'])
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, new TextEncoder().encode(timestamp + body)))
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': [...signature].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
    'x-signature-timestamp': timestamp,
  }
}
