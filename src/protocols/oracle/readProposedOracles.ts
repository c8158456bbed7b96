import type { Address, Client } from 'viem'
import type { DecimalString, MarketState, OracleInfo, ParameterChange } from '../../model.ts'
import { readFeed } from './readFeed.ts'

export type ReadProposedOraclesParameters = {
  /** A client for the chain a change is on, or undefined when none is configured (the source then stays unread). */
  clientFor: (chainId: number) => Client | undefined
  state: MarketState
  changes: ParameterChange[]
  /** Heartbeats by lower-case feed address, from the feed's published docs (they are not on chain). */
  heartbeatsSeconds?: Record<string, number>
}

/**
 * The state with `oracles` filled in for every price source the changes switch to, read from the change's own chain,
 * so the oracle-change check and the stress judge them by what they are (feed, rate × feed, price cap, TWAP). Quote
 * prices for TWAP pools and the underlying of rate sources come from the state's own assets.
 */
export async function readProposedOracles({ clientFor, state, changes, heartbeatsSeconds = {} }: ReadProposedOraclesParameters): Promise<MarketState> {
  const quotePricesUsd: Record<string, DecimalString> = Object.fromEntries(state.assets.map((asset) => [asset.address.toLowerCase(), asset.price]))
  const feedSymbols: Record<string, string> = Object.fromEntries(state.assets.map((asset) => [asset.oracle.address.toLowerCase(), asset.symbol]))
  const oracles: Record<string, OracleInfo> = { ...state.oracles }
  for (const change of changes) {
    const client = clientFor(change.chainId)
    if (change.param !== 'oracle' || !client || oracles[change.after.toLowerCase()] || /^0x0{40}$/i.test(change.after)) continue
    const address = change.after.toLowerCase() as Address
    oracles[address] = await readFeed({ client, address, quotePricesUsd, feedSymbols, heartbeatSeconds: heartbeatsSeconds[address] })
  }
  return { ...state, oracles }
}
