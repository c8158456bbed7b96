import type { Address, PublicClient } from 'viem'

/** Multicall3's address on most EVM chains (mds1/multicall); a chain without it needs `multicallAddress`. */
export const multicall3Address: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'

/** What every read of one state load shares: the client, the pinned block and the Multicall3 to batch through. */
export type ChainRead = { client: PublicClient; blockNumber: bigint; multicallAddress: Address }

/**
 * The options of every multicall in a load: pinned block, Multicall3, and chunks of up to 16 KiB of calldata
 * (viem's default of 1 KiB would spend many requests, and a Worker has a budget of subrequests).
 */
export function multicallOptions({ blockNumber, multicallAddress }: ChainRead) {
  return { blockNumber, multicallAddress, batchSize: 16_384 } as const
}
