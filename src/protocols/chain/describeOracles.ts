import type { Address } from 'viem'
import type { OracleInfo } from '../../model.ts'
import { type ChainRead, multicallOptions } from './chainRead.ts'
import { priceFeedAbi } from './priceFeedAbi.ts'

/**
 * What can be read about price sources on chain: decimals, description, and whether each answers Chainlink's
 * `latestRoundData` (then kind "chainlink", otherwise "unknown"). Heartbeat and deviation are not on chain.
 */
export async function describeOracles(chainRead: ChainRead, sources: Address[]): Promise<OracleInfo[]> {
  const { client } = chainRead
  const read = { ...multicallOptions(chainRead), allowFailure: true } as const
  const call = (functionName: 'decimals' | 'description' | 'latestRoundData') =>
    client.multicall({ ...read, contracts: sources.map((address) => ({ address, abi: priceFeedAbi, functionName }) as const) })
  const [decimals, descriptions, rounds] = await Promise.all([call('decimals'), call('description'), call('latestRoundData')])
  return sources.map((address, index) => {
    const decimal = decimals[index]
    const description = descriptions[index]
    return {
      address,
      kind: rounds[index].status === 'success' ? 'chainlink' : 'unknown',
      ...(decimal.status === 'success' ? { decimals: Number(decimal.result) } : {}),
      ...(description.status === 'success' ? { description: String(description.result) } : {}),
    }
  })
}
