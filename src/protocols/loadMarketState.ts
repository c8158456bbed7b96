import type { Address, PublicClient } from 'viem'
import type { MarketState } from '../model.ts'
import { loadAaveV3State } from './aave/loadAaveV3State.ts'
import type { LoadStateParameters } from './chain/loadStateParameters.ts'
import { loadCompoundV2State } from './compound-v2/loadCompoundV2State.ts'
import { loadCometState } from './compound-v3/loadCometState.ts'

/** The protocols whose state can be read from a chain, by the names the CLI and the Worker use. */
export const chainProtocols = {
  'aave-v3': loadAaveV3State,
  'compound-v2': loadCompoundV2State,
  comet: loadCometState,
} as const satisfies Record<string, (parameters: LoadStateParameters) => Promise<MarketState>>

export type ChainProtocol = keyof typeof chainProtocols

export type LoadMarketStateParameters = LoadStateParameters & { protocol: ChainProtocol; client: PublicClient; market: Address }

/**
 * One market's state at one block, read from a chain by the loader for its protocol.
 *
 * @example
 * const state = await loadMarketState({ protocol: 'comet', client, market: '0xc3d688B66703497DAA19211EEdff47f25384cdc3', blockNumber: 21_000_000n })
 */
export function loadMarketState({ protocol, ...parameters }: LoadMarketStateParameters): Promise<MarketState> {
  return chainProtocols[protocol](parameters)
}
