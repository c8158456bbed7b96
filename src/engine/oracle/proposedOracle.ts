import type { AssetState, MarketState, OracleInfo } from '../../model.ts'

export type ProposedOracleParameters = {
  state: MarketState
  /** The address the change sets as price source. */
  address: string
  /** The asset it would price; absent for an eMode category's price source. */
  asset?: AssetState
  /** The market's assets as they stand after the changes so far (an exchange rate must multiply one of them). */
  assets: AssetState[]
}

export type ProposedOracleReturnType = { oracle: OracleInfo } | { reason: string }

/**
 * What the stress needs of a proposed price source: its OracleInfo from `state.oracles["address:asset"]` (one oracle
 * contract answering per asset, as Compound's) or `state.oracles[address]` (as src/verdict/checks/oracleChange.ts reads
 * it), and each rule's parameters — else why it cannot be simulated (the change then stays unapplied: REVIEW).
 */
export function proposedOracle({ state, address, asset, assets }: ProposedOracleParameters): ProposedOracleReturnType {
  const key = address.toLowerCase()
  const what = asset ? `the proposed ${asset.symbol} price source ${address}` : `the proposed price source ${address}`
  // A source another asset of the market already uses answers as it does there: it reads that asset's market.
  const owner = assets.find((candidate) => candidate.oracle.address.toLowerCase() === key)
  const known = (asset ? state.oracles?.[`${key}:${asset.address.toLowerCase()}`] : undefined) ?? state.oracles?.[key] ?? owner?.oracle
  if (!known) return { reason: `nothing is known of ${what}, so its rule cannot be simulated` }
  const oracle: OracleInfo = { ...known, address: address as OracleInfo['address'] }
  if (oracle.underlying === undefined && oracle.kind !== 'fixed' && owner && owner !== asset) oracle.underlying = owner.symbol
  if (oracle.readError) return { reason: `${what} fails (${oracle.readError}), so no price can be simulated through it` }
  if (oracle.kind === 'unknown') return { reason: `the kind of ${what} is not known (feed, TWAP, fixed, exchange rate or price cap)` }
  if (oracle.kind === 'fixed' && oracle.answer === undefined) return { reason: `${what} is a fixed price whose answer is not known` }
  if (oracle.kind === 'twap' && oracle.twapWindowSeconds === undefined) return { reason: `${what} is a TWAP whose window is not known` }
  if (oracle.kind === 'capo' && !oracle.rateCap && oracle.priceCap === undefined) return { reason: `${what} is a price-cap adapter whose cap is not known` }
  const rated = oracle.kind === 'exchange-rate' || (oracle.kind === 'capo' && oracle.rateCap !== undefined)
  if (rated && (oracle.underlying === undefined || oracle.exchangeRate === undefined))
    return { reason: `${what} multiplies an exchange rate, but its rate or the asset whose feed it multiplies is not known` }
  if (oracle.underlying !== undefined) {
    const underlying = assets.find((candidate) => candidate.symbol === oracle.underlying)
    if (!underlying || (rated && underlying === asset)) return { reason: `${what} reads ${oracle.underlying}, which is not another asset of ${state.name}` }
    // An exchange rate over an asset whose own source (transitively) multiplies this one would price it by itself.
    for (let next: AssetState | undefined = underlying; next && rated; next = assets.find((candidate) => candidate.symbol === next?.oracle.underlying)) {
      if (next === asset) return { reason: `${what} multiplies ${oracle.underlying}, whose price source multiplies ${asset.symbol}: a cycle` }
      if (next.oracle.kind !== 'exchange-rate' && next.oracle.kind !== 'capo') break
    }
  } else if (!asset && oracle.kind !== 'fixed') {
    return { reason: `${what} names no asset whose market it reads (underlying), and no asset of ${state.name} uses it` }
  }
  return { oracle }
}
