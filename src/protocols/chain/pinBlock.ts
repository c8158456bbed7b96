import type { PublicClient } from 'viem'

export type PinBlockReturnType = { chainId: number; blockNumber: bigint; timestamp: string }

/**
 * The block every read of one state load is pinned to: the given one, or the latest when none is given
 * (read once, so a load never mixes blocks).
 */
export async function pinBlock(client: PublicClient, blockNumber?: bigint): Promise<PinBlockReturnType> {
  const [chainId, block] = await Promise.all([
    client.getChainId(),
    blockNumber === undefined ? client.getBlock({ blockTag: 'latest' }) : client.getBlock({ blockNumber }),
  ])
  if (block.number === null) throw new Error('pinBlock: the node returned a pending block')
  return { chainId, blockNumber: block.number, timestamp: new Date(Number(block.timestamp) * 1000).toISOString() }
}
