import type { Address, Client } from 'viem'
import type { DecimalString, MarketState, OracleInfo, ParameterChange } from '../../model.ts'
import { readFeed } from './readFeed.ts'

export type ReadProposedOraclesParameters = {
  client: Client
  state: MarketState
  changes: ParameterChange[]
  /** Heartbeats by lower-case feed address, from the feed's published docs (they are not on chain). */
  heartbeatsSeconds?: Record<string, number>
}

/**
 * The state with `oracles` filled in for every price source the changes switch to, read from the chain, so the
 * oracle-change check can judge them. Quote prices for TWAP pools come from the state's own asset prices.
 */
export async function readProposedOracles({ client, state, changes, heartbeatsSeconds = {} }: ReadProposedOraclesParameters): Promise<MarketState> {
  const quotePricesUsd: Record<string, DecimalString> = Object.fromEntries(state.assets.map((asset) => [asset.address.toLowerCase(), asset.price]))
  const oracles: Record<string, OracleInfo> = { ...state.oracles }
  for (const change of changes) {
    if (change.param !== 'oracle' || oracles[change.after.toLowerCase()]) continue
    const address = change.after.toLowerCase() as Address
    oracles[address] = await readFeed({ client, address, quotePricesUsd, heartbeatSeconds: heartbeatsSeconds[address] })
  }
  return { ...state, oracles }
}
