import type { Address, PublicClient } from 'viem'

/** Parameters every state loader takes (Aave v3, Compound v2, Compound III). */
export type LoadStateParameters = {
  client: PublicClient
  /** Pool, Comptroller or Comet. */
  market: Address
  /** The block every read is pinned to; the latest block when absent. */
  blockNumber?: bigint
  /** Multicall3 on this chain; its usual address when absent. */
  multicallAddress?: Address
  borrowers?: {
    /** First block whose events name borrowers; `blocks` before the pinned block when absent. */
    fromBlock?: bigint
    /** How far back to look when `fromBlock` is absent. Default 50,000 blocks (about a week on Ethereum). */
    blocks?: bigint
    /** The widest eth_getLogs window. Default 10,000 blocks. */
    maxBlockRange?: bigint
    /** The most eth_getLogs requests. Default 500. */
    maxRequests?: number
    /** The most accounts measured (most recently active first). Default 2,000. */
    maxCandidates?: number
    /** The most positions written into the state (largest debt first). Default 100. */
    maxPositions?: number
  }
}

/** The borrower options with their defaults filled in, for a load pinned at `blockNumber`. */
export function borrowerScanBounds(borrowers: LoadStateParameters['borrowers'] = {}, blockNumber: bigint) {
  const blocks = borrowers.blocks ?? 50_000n
  return {
    fromBlock: borrowers.fromBlock ?? (blockNumber >= blocks ? blockNumber - blocks + 1n : 0n),
    maxBlockRange: borrowers.maxBlockRange ?? 10_000n,
    maxRequests: borrowers.maxRequests ?? 500,
    maxCandidates: borrowers.maxCandidates ?? 2_000,
    maxPositions: borrowers.maxPositions ?? 100,
  }
}
