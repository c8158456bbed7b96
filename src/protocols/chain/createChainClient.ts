import { createPublicClient, fallback, http, type PublicClient } from 'viem'

export type CreateChainClientParameters = {
  /** JSON-RPC URLs, tried in order: when one fails or times out the next is used (viem's fallback transport). */
  rpcUrls: string[]
  /** Milliseconds before one request to one URL is abandoned. */
  timeoutMs?: number
  /** Retries of a failed request: per URL with one URL; of the whole list, in order, with several. */
  retryCount?: number
  /**
   * Aborts every request of this client once it fires: a budget for a whole job (a cron's poll of one
   * source, a snapshot refresh), which per-request timeouts and retries cannot bound on their own.
   */
  signal?: AbortSignal
}

export type CreateChainClientReturnType = PublicClient

/**
 * A read-only viem client over several RPC URLs with timeouts (per request, and for the job with `signal`),
 * for the state loaders and the cron's polls.
 *
 * @example
 * const client = createChainClient({ rpcUrls: ['https://rpc-a.example', 'https://rpc-b.example'] })
 */
export function createChainClient({ rpcUrls, timeoutMs = 15_000, retryCount = 2, signal }: CreateChainClientParameters): CreateChainClientReturnType {
  if (rpcUrls.length === 0) throw new Error('createChainClient: at least one RPC URL is needed')
  // viem aborts a request on whichever fires first, its timeout or this signal (utils/rpc/http.ts).
  const fetchOptions = signal ? { signal } : undefined
  if (rpcUrls.length === 1) return createPublicClient({ transport: http(rpcUrls[0], { timeout: timeoutMs, retryCount, retryDelay: 250, fetchOptions }) })
  // With several URLs a failing one is left at once for the next; the list as a whole is retried.
  const transports = rpcUrls.map((url) => http(url, { timeout: timeoutMs, retryCount: 0, fetchOptions }))
  return createPublicClient({ transport: fallback(transports, { retryCount, retryDelay: 250 }) })
}
