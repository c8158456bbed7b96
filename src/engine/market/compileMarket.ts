import type { MarketState, OracleKind } from '../../model.ts'
import { healthFactor } from '../healthFactor.ts'
import { type CompiledLiquidity, compileLiquidity } from './compileLiquidity.ts'

export const PROTOCOL_AAVE_V3 = 0
export const PROTOCOL_COMPOUND_V2 = 1
export const PROTOCOL_COMPOUND_V3 = 2

export const ORACLE_DEVIATION = 0 // Chainlink-style: deviation threshold or heartbeat
export const ORACLE_TWAP = 1
export const ORACLE_FIXED = 2
export const ORACLE_MARKET = 3 // follows the market at once (unknown sources)

/** Chainlink ETH/USD on mainnet: 0.5 % deviation, 1 hour heartbeat; used when a feed's own figures are unknown. */
const DEFAULT_DEVIATION = 0.005
const DEFAULT_HEARTBEAT_SECONDS = 3_600
/** Compound v2 CToken.protocolSeizeShareMantissa (2.8 %) when the state does not say. */
const COMPOUND_V2_PROTOCOL_SEIZE_SHARE = 0.028
/** Compound v2 Comptroller closeFactorMantissa on mainnet (50 %) when the state does not say. */
const COMPOUND_V2_CLOSE_FACTOR = 0.5

/** Positions sharing which assets they hold as collateral and as debt; sorted by initial health factor. */
export type PositionGroup = {
  collateralAssets: Int32Array
  debtAssets: Int32Array
  /** Position indices, ascending initial health factor. */
  positions: Int32Array
  initialHealth: Float64Array
}

/**
 * A MarketState laid out for the inner loops. Per asset one typed array per parameter; positions with debt as
 * compressed rows (`entryStart[p] … entryStart[p+1]` index `entryAsset`, `entryCollateral`, `entryDebt`, token units).
 * Built once per state, reused by every scenario.
 */
export type CompiledMarket = {
  protocol: number
  symbols: string[]
  assetCount: number
  price: Float64Array
  /** The threshold the protocol liquidates at: Aave LT, Compound v2 collateral factor, Comet liquidateCollateralFactor. */
  liquidationThreshold: Float64Array
  liquidationBonus: Float64Array
  /** Aave: share of the bonus to the treasury; Compound v2: share of seized collateral to reserves; Comet: unused. */
  liquidationProtocolFee: Float64Array
  collateralEnabled: Uint8Array
  oracleKind: Uint8Array
  oracleDeviation: Float64Array
  oracleHeartbeatSeconds: Float64Array
  oracleTwapSeconds: Float64Array
  liquidity: CompiledLiquidity[]
  closeFactor: number
  positionCount: number
  /** Index of each compiled position in `state.positions`. */
  account: Int32Array
  entryStart: Int32Array
  entryAsset: Int32Array
  entryCollateral: Float64Array
  entryDebt: Float64Array
  initialHealth: Float64Array
  groups: PositionGroup[]
  /** The collateral asset with the most value at the start: its price is the one a cascade chart follows. */
  mainCollateral: number
  protocolReservesUsd: number
  insuranceFundUsd: number
}

const protocolCode = { 'aave-v2': PROTOCOL_AAVE_V3, 'aave-v3': PROTOCOL_AAVE_V3, 'compound-v2': PROTOCOL_COMPOUND_V2, 'compound-v3': PROTOCOL_COMPOUND_V3 } as const
const oracleCode: Record<OracleKind, number> = { chainlink: ORACLE_DEVIATION, capo: ORACLE_DEVIATION, 'exchange-rate': ORACLE_DEVIATION, twap: ORACLE_TWAP, fixed: ORACLE_FIXED, unknown: ORACLE_MARKET }

export function compileMarket(state: MarketState): CompiledMarket {
  const protocol = protocolCode[state.protocol]
  const symbols = state.assets.map((asset) => asset.symbol)
  const index = new Map(symbols.map((symbol, i) => [symbol, i]))
  const assetCount = symbols.length
  const price = Float64Array.from(state.assets, (asset) => positiveNumber(asset.price, `${asset.symbol} price`))
  // Compound v2 liquidates at the collateral factor itself (Comptroller.getHypotheticalAccountLiquidityInternal).
  const liquidationThreshold = Float64Array.from(state.assets, (asset) => Number(protocol === PROTOCOL_COMPOUND_V2 ? asset.collateralFactor : asset.liquidationThreshold))
  const collateralEnabled = Uint8Array.from(state.assets, (asset, i) => (asset.collateralEnabled && liquidationThreshold[i] > 0 ? 1 : 0))
  const liquidationProtocolFee = Float64Array.from(state.assets, (asset) =>
    protocol === PROTOCOL_COMPOUND_V2 && asset.liquidationProtocolFee === '0' ? COMPOUND_V2_PROTOCOL_SEIZE_SHARE : Number(asset.liquidationProtocolFee),
  )

  const rows: { position: number; assets: number[]; collateral: number[]; debt: number[] }[] = []
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
    rows.push({ position: p, assets, collateral: assets.map((asset) => amounts.get(asset)?.collateral ?? 0), debt: assets.map((asset) => amounts.get(asset)?.debt ?? 0) })
  })
  const positionCount = rows.length
  const entryCount = rows.reduce((sum, row) => sum + row.assets.length, 0)
  const account = new Int32Array(positionCount)
  const entryStart = new Int32Array(positionCount + 1)
  const entryAsset = new Int32Array(entryCount)
  const entryCollateral = new Float64Array(entryCount)
  const entryDebt = new Float64Array(entryCount)
  const initialHealth = new Float64Array(positionCount)
  const collateralUsdByAsset = new Float64Array(assetCount)
  const groupsByKey = new Map<string, { collateralAssets: number[]; debtAssets: number[]; positions: number[] }>()
  let entry = 0
  rows.forEach((row, p) => {
    account[p] = row.position
    entryStart[p] = entry
    let weightedCollateralUsd = 0
    let debtUsd = 0
    const collateralAssets: number[] = []
    const debtAssets: number[] = []
    row.assets.forEach((asset, k) => {
      entryAsset[entry] = asset
      entryCollateral[entry] = row.collateral[k]
      entryDebt[entry] = row.debt[k]
      if (row.collateral[k] > 0 && collateralEnabled[asset]) {
        weightedCollateralUsd += row.collateral[k] * price[asset] * liquidationThreshold[asset]
        collateralUsdByAsset[asset] += row.collateral[k] * price[asset]
        collateralAssets.push(asset)
      }
      if (row.debt[k] > 0) {
        debtUsd += row.debt[k] * price[asset]
        debtAssets.push(asset)
      }
      entry++
    })
    initialHealth[p] = healthFactor(weightedCollateralUsd, debtUsd)
    const key = `${collateralAssets.join(',')}/${debtAssets.join(',')}`
    const group = groupsByKey.get(key) ?? { collateralAssets, debtAssets, positions: [] }
    group.positions.push(p)
    groupsByKey.set(key, group)
  })
  entryStart[positionCount] = entry
  const groups = [...groupsByKey.values()].map((group) => {
    const positions = Int32Array.from(group.positions).sort((a, b) => initialHealth[a] - initialHealth[b] || a - b)
    return {
      collateralAssets: Int32Array.from(group.collateralAssets),
      debtAssets: Int32Array.from(group.debtAssets),
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
    liquidationThreshold,
    liquidationBonus: Float64Array.from(state.assets, (asset) => Number(asset.liquidationBonus)),
    liquidationProtocolFee,
    collateralEnabled,
    oracleKind: Uint8Array.from(state.assets, (asset) => oracleCode[asset.oracle.kind]),
    oracleDeviation: Float64Array.from(state.assets, (asset) => (asset.oracle.deviationThreshold === undefined ? DEFAULT_DEVIATION : Number(asset.oracle.deviationThreshold))),
    oracleHeartbeatSeconds: Float64Array.from(state.assets, (asset) => asset.oracle.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS),
    oracleTwapSeconds: Float64Array.from(state.assets, (asset) => asset.oracle.twapWindowSeconds ?? 1_800),
    liquidity: state.assets.map((asset) => compileLiquidity(state.liquidity[asset.symbol])),
    closeFactor: state.closeFactor === undefined ? COMPOUND_V2_CLOSE_FACTOR : Number(state.closeFactor),
    positionCount,
    account,
    entryStart,
    entryAsset,
    entryCollateral,
    entryDebt,
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
