import { createPublicClient, fallback, http, type PublicClient } from 'viem'

export type CreateChainClientParameters = {
  /** JSON-RPC URLs, tried in order: when one fails or times out the next is used (viem's fallback transport). */
  rpcUrls: string[]
  /** Milliseconds before one request to one URL is abandoned. */
  timeoutMs?: number
  /** Retries per URL before falling back to the next. */
  retryCount?: number
}

export type CreateChainClientReturnType = PublicClient

/**
 * A read-only viem client over several RPC URLs with timeouts, for the state loaders.
 *
 * @example
 * const client = createChainClient({ rpcUrls: ['https://rpc-a.example', 'https://rpc-b.example'] })
 */
export function createChainClient({ rpcUrls, timeoutMs = 15_000, retryCount = 2 }: CreateChainClientParameters): CreateChainClientReturnType {
  if (rpcUrls.length === 0) throw new Error('createChainClient: at least one RPC URL is needed')
  const transports = rpcUrls.map((url) => http(url, { timeout: timeoutMs, retryCount, retryDelay: 250 }))
  return createPublicClient({ transport: transports.length === 1 ? transports[0] : fallback(transports, { retryCount }) })
}
