/**
 * The nonce a create carries: the same for every retry of one proposal version's create, different for
 * each version. 25 hex characters (100 bits) of SHA-256 over key and version — Discord allows nonces of
 * "up to 25 characters" (https://discord.com/developers/docs/resources/message#create-message).
 */
export async function publicationNonce(proposalKey: string, version: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${proposalKey}\n${version}`)))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 25)
}
