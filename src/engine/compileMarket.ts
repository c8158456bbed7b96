import type { MarketState } from '../model.ts'

/**
 * A MarketState laid out for the inner loops: one Float64Array per asset parameter, and positions as
 * dense rows (`position * assetCount + asset`) of token units. Built once per state, reused by every scenario.
 */
export type CompiledMarket = {
  symbols: string[]
  assetCount: number
  positionCount: number
  price: Float64Array
  liquidationThreshold: Float64Array
  liquidationBonus: Float64Array
  liquidationProtocolFee: Float64Array
  collateralEnabled: Uint8Array
  collateral: Float64Array
  debt: Float64Array
  protocolReservesUsd: number
  insuranceFundUsd: number
}

export function compileMarket(state: MarketState): CompiledMarket {
  const symbols = state.assets.map((asset) => asset.symbol)
  const index = new Map(symbols.map((symbol, i) => [symbol, i]))
  const assetCount = symbols.length
  const positionCount = state.positions.length
  const collateral = new Float64Array(positionCount * assetCount)
  const debt = new Float64Array(positionCount * assetCount)
  state.positions.forEach((position, p) => {
    for (const [symbol, amount] of Object.entries(position.collateral)) collateral[p * assetCount + assetIndex(index, symbol, position.account)] = Number(amount)
    for (const [symbol, amount] of Object.entries(position.debt)) debt[p * assetCount + assetIndex(index, symbol, position.account)] = Number(amount)
  })
  return {
    symbols,
    assetCount,
    positionCount,
    price: Float64Array.from(state.assets, (asset) => Number(asset.price)),
    liquidationThreshold: Float64Array.from(state.assets, (asset) => Number(asset.liquidationThreshold)),
    liquidationBonus: Float64Array.from(state.assets, (asset) => Number(asset.liquidationBonus)),
    liquidationProtocolFee: Float64Array.from(state.assets, (asset) => Number(asset.liquidationProtocolFee)),
    collateralEnabled: Uint8Array.from(state.assets, (asset) => (asset.collateralEnabled && Number(asset.liquidationThreshold) > 0 ? 1 : 0)),
    collateral,
    debt,
    protocolReservesUsd: Number(state.reserves.protocolReserves),
    insuranceFundUsd: Number(state.reserves.insuranceFund),
  }
}

function assetIndex(index: Map<string, number>, symbol: string, account: string): number {
  const i = index.get(symbol)
  if (i === undefined) throw new Error(`position ${account} holds ${symbol}, which is not an asset of this market`)
  return i
}
