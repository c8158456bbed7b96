import type { MarketState } from '../../model.ts'
import { healthFactor } from '../healthFactor.ts'
import { type CompiledLiquidity, compileLiquidity } from './compileLiquidity.ts'
import { type CompiledOracles, compileOracles } from './compileOracles.ts'
import { compileReserveTerms, type EntryTerms, entryTerms } from './compileReserveTerms.ts'

export const PROTOCOL_AAVE_V3 = 0
export const PROTOCOL_COMPOUND_V2 = 1
export const PROTOCOL_COMPOUND_V3 = 2

/** Compound v2 CToken.protocolSeizeShareMantissa (2.8 %) when the state does not say. */
const COMPOUND_V2_PROTOCOL_SEIZE_SHARE = 0.028
/** Compound v2 Comptroller closeFactorMantissa on mainnet (50 %) when the state does not say. */
const COMPOUND_V2_CLOSE_FACTOR = 0.5

/**
 * Positions sharing which assets they hold as collateral and as debt, and the oracle slot each is priced by; sorted by
 * initial health factor (at the oracles' answers).
 */
export type PositionGroup = {
  collateralAssets: Int32Array
  /** The oracle slot pricing each of `collateralAssets` (its own, or an eMode category's price source). */
  collateralSlots: Int32Array
  debtAssets: Int32Array
  debtSlots: Int32Array
  /** Position indices, ascending initial health factor. */
  positions: Int32Array
  initialHealth: Float64Array
}

/**
 * A MarketState laid out for the inner loops. Per asset one typed array per parameter; positions with debt as
 * compressed rows (`entryStart[p] … entryStart[p+1]` index `entryAsset`, `entryCollateral`, `entryDebt`, token units),
 * each entry with the threshold, bonus and oracle slot that apply to that account (its eMode category or the reserve's).
 * Built once per state, reused by every scenario.
 */
export type CompiledMarket = {
  protocol: number
  symbols: string[]
  assetCount: number
  /** Market price per asset at the state's time (USD per token): where liquidators sell. */
  price: Float64Array
  /** Aave: share of the bonus to the treasury; Compound v2: share of seized collateral to reserves; Comet: unused. */
  liquidationProtocolFee: Float64Array
  collateralEnabled: Uint8Array
  /** Price sources by slot (assets first, then eMode categories' sources), each with its rule and answer. */
  oracles: CompiledOracles
  liquidity: CompiledLiquidity[]
  closeFactor: number
  positionCount: number
  /** Index of each compiled position in `state.positions`. */
  account: Int32Array
  entryStart: Int32Array
  entryAsset: Int32Array
  entryCollateral: Float64Array
  entryDebt: Float64Array
  /** The threshold the protocol liquidates this entry's collateral at (0 when it is not collateral): Aave LT or the eMode LT, Compound v2 collateral factor, Comet liquidateCollateralFactor. */
  entryLiquidationThreshold: Float64Array
  /** The bonus a liquidator seizing this entry's collateral receives (the eMode bonus for an account in the category). */
  entryLiquidationBonus: Float64Array
  /** The oracle slot pricing this entry (`oracles`): the asset's own, or its eMode category's price source. */
  entryPrice: Int32Array
  /** Health factor at the oracles' answers at the state's time. */
  initialHealth: Float64Array
  groups: PositionGroup[]
  /** The collateral asset with the most value at the start: its price is the one a cascade chart follows. */
  mainCollateral: number
  protocolReservesUsd: number
  insuranceFundUsd: number
}

const protocolCode = { 'aave-v2': PROTOCOL_AAVE_V3, 'aave-v3': PROTOCOL_AAVE_V3, 'compound-v2': PROTOCOL_COMPOUND_V2, 'compound-v3': PROTOCOL_COMPOUND_V3 } as const

export function compileMarket(state: MarketState): CompiledMarket {
  const protocol = protocolCode[state.protocol]
  const symbols = state.assets.map((asset) => asset.symbol)
  const index = new Map(symbols.map((symbol, i) => [symbol, i]))
  const assetCount = symbols.length
  const price = Float64Array.from(state.assets, (asset) => positiveNumber(asset.price, `${asset.symbol} price`))
  const liquidationProtocolFee = Float64Array.from(state.assets, (asset) =>
    protocol === PROTOCOL_COMPOUND_V2 && asset.liquidationProtocolFee === '0' ? COMPOUND_V2_PROTOCOL_SEIZE_SHARE : Number(asset.liquidationProtocolFee),
  )
  const oracles = compileOracles(state, index)
  const terms = compileReserveTerms(state, index, oracles, protocol === PROTOCOL_COMPOUND_V2)
  const { collateralEnabled } = terms

  const rows: { position: number; category: number | undefined; assets: number[]; collateral: number[]; debt: number[] }[] = []
  state.positions.forEach((position, p) => {
    const amounts = new Map<number, { collateral: number; debt: number }>()
    const add = (symbol: string, amount: string, side: 'collateral' | 'debt') => {
      const asset = index.get(symbol)
      if (asset === undefined) throw new Error(`position ${position.account} holds ${symbol}, which is not an asset of this market`)
      const value = Number(amount)
      if (!(value >= 0)) throw new Error(`position ${position.account} has ${side} ${amount} ${symbol}, not a non-negative amount`)
      const entry = amounts.get(asset) ?? { collateral: 0, debt: 0 }
      entry[side] += value
      amounts.set(asset, entry)
    }
    for (const [symbol, amount] of Object.entries(position.collateral)) add(symbol, amount, 'collateral')
    for (const [symbol, amount] of Object.entries(position.debt)) add(symbol, amount, 'debt')
    const assets = [...amounts.keys()].sort((a, b) => a - b)
    if (!assets.some((asset) => (amounts.get(asset)?.debt ?? 0) > 0)) return // no debt, nothing to liquidate
    const category = position.eModeCategory || undefined
    if (category && !terms.eMode.has(category)) throw new Error(`position ${position.account} is in eMode category ${category}, which ${state.name} does not have`)
    rows.push({ position: p, category, assets, collateral: assets.map((asset) => amounts.get(asset)?.collateral ?? 0), debt: assets.map((asset) => amounts.get(asset)?.debt ?? 0) })
  })
  const positionCount = rows.length
  const entryCount = rows.reduce((sum, row) => sum + row.assets.length, 0)
  const account = new Int32Array(positionCount)
  const entryStart = new Int32Array(positionCount + 1)
  const entryAsset = new Int32Array(entryCount)
  const entryCollateral = new Float64Array(entryCount)
  const entryDebt = new Float64Array(entryCount)
  const entryLiquidationThreshold = new Float64Array(entryCount)
  const entryLiquidationBonus = new Float64Array(entryCount)
  const entryPrice = new Int32Array(entryCount)
  const initialHealth = new Float64Array(positionCount)
  const collateralUsdByAsset = new Float64Array(assetCount)
  const groupsByKey = new Map<string, { collateral: number[][]; debt: number[][]; positions: number[] }>()
  const scratch: EntryTerms = { liquidationThreshold: 0, collateralFactor: 0, liquidationBonus: 0, slot: 0 }
  let entry = 0
  rows.forEach((row, p) => {
    account[p] = row.position
    entryStart[p] = entry
    let weightedCollateralUsd = 0
    let debtUsd = 0
    const collateral: number[][] = [] // [asset, slot]
    const debt: number[][] = []
    row.assets.forEach((asset, k) => {
      const { liquidationThreshold, liquidationBonus, slot } = entryTerms(terms, row.category, asset, scratch)
      entryAsset[entry] = asset
      entryCollateral[entry] = row.collateral[k]
      entryDebt[entry] = row.debt[k]
      entryLiquidationThreshold[entry] = liquidationThreshold
      entryLiquidationBonus[entry] = liquidationBonus
      entryPrice[entry] = slot
      const oraclePrice = oracles.answer[entryPrice[entry]]
      if (row.collateral[k] > 0 && collateralEnabled[asset]) {
        weightedCollateralUsd += row.collateral[k] * oraclePrice * entryLiquidationThreshold[entry]
        collateralUsdByAsset[asset] += row.collateral[k] * price[asset]
        collateral.push([asset, entryPrice[entry]])
      }
      if (row.debt[k] > 0) {
        debtUsd += row.debt[k] * oraclePrice
        debt.push([asset, entryPrice[entry]])
      }
      entry++
    })
    initialHealth[p] = healthFactor(weightedCollateralUsd, debtUsd)
    const key = `${collateral.join(';')}/${debt.join(';')}`
    const group = groupsByKey.get(key) ?? { collateral, debt, positions: [] }
    group.positions.push(p)
    groupsByKey.set(key, group)
  })
  entryStart[positionCount] = entry
  const groups = [...groupsByKey.values()].map((group) => {
    const positions = Int32Array.from(group.positions).sort((a, b) => initialHealth[a] - initialHealth[b] || a - b)
    return {
      collateralAssets: Int32Array.from(group.collateral, ([asset]) => asset),
      collateralSlots: Int32Array.from(group.collateral, ([, slot]) => slot),
      debtAssets: Int32Array.from(group.debt, ([asset]) => asset),
      debtSlots: Int32Array.from(group.debt, ([, slot]) => slot),
      positions,
      initialHealth: Float64Array.from(positions, (p) => initialHealth[p]),
    }
  })
  let mainCollateral = 0
  for (let asset = 1; asset < assetCount; asset++) if (collateralUsdByAsset[asset] > collateralUsdByAsset[mainCollateral]) mainCollateral = asset

  return {
    protocol,
    symbols,
    assetCount,
    price,
    liquidationProtocolFee,
    collateralEnabled,
    oracles,
    liquidity: state.assets.map((asset) => compileLiquidity(state.liquidity[asset.symbol])),
    closeFactor: state.closeFactor === undefined ? COMPOUND_V2_CLOSE_FACTOR : Number(state.closeFactor),
    positionCount,
    account,
    entryStart,
    entryAsset,
    entryCollateral,
    entryDebt,
    entryLiquidationThreshold,
    entryLiquidationBonus,
    entryPrice,
    initialHealth,
    groups,
    mainCollateral,
    protocolReservesUsd: Number(state.reserves.protocolReserves),
    insuranceFundUsd: Number(state.reserves.insuranceFund),
  }
}

function positiveNumber(value: string, what: string): number {
  const number = Number(value)
  if (!(number > 0) || !Number.isFinite(number)) throw new Error(`${what} must be a positive number, got "${value}"`)
  return number
}
