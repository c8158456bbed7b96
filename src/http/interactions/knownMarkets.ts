import type { MarketState } from '../../model.ts'
import { defaultState } from '../../protocols/defaultState.ts'

/** The markets Firebreak holds a state for, which slash commands can simulate against. */
export const knownMarkets: MarketState[] = [defaultState]

/** A market by address or name (case-insensitive), or the only one when none is given. */
export function findMarket(market: string | undefined): MarketState | undefined {
  if (!market) return knownMarkets.length === 1 ? knownMarkets[0] : undefined
  const wanted = market.toLowerCase()
  return knownMarkets.find((state) => state.market.toLowerCase() === wanted || state.name.toLowerCase() === wanted)
}
