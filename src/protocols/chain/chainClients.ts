import type { PublicClient } from 'viem'
import { createChainClient } from './createChainClient.ts'

/**
 * One read-only client per chain id that has RPC URLs (the RPC_URLS setting, see readRpcUrls), made when first asked
 * for; undefined for a chain without URLs.
 *
 * @example
 * const clientFor = chainClients(readRpcUrls(env.RPC_URLS)); clientFor(1)?.getBlockNumber()
 */
export function chainClients(rpcUrls: Record<string, string[]>): (chainId: number) => PublicClient | undefined {
  const clients = new Map<number, PublicClient>()
  return (chainId) => {
    const urls = rpcUrls[String(chainId)]
    if (!urls) return undefined
    if (!clients.has(chainId)) clients.set(chainId, createChainClient({ rpcUrls: urls }))
    return clients.get(chainId)
  }
}
