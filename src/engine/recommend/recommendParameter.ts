import Decimal from 'decimal.js'
import type { MarketState, ParameterChange, ScenarioSet } from '../../model.ts'
import { applyChanges } from '../applyChanges.ts'
import { stressMarket } from '../stressMarket.ts'

export type RecommendParameterParameters = {
  state: MarketState
  scenarioSet: ScenarioSet
  /** Symbol of the asset whose parameter is searched. */
  symbol: string
  param: 'collateralFactor' | 'liquidationThreshold'
  /** The policy bound: VaR of bad debt (USD) that must not be exceeded. */
  varBoundUsd: number
  confidence?: 0.95 | 0.99
  /** Stop when the bracket is this narrow (default 0.0025, a quarter of a percentage point). */
  tolerance?: number
}

export type RecommendParameterReturnType = {
  /** The largest value whose VaR stays within the bound, as a decimal string (4 decimals), or null if none does. */
  largestSafe: string | null
  /** The guard-imposed upper end of the search. */
  upperGuard: string
  varAtLargestSafeUsd: number | null
  evaluations: number
}

/** Compound v2 Comptroller.collateralFactorMaxMantissa: 0.9. */
const COMPOUND_V2_MAX_COLLATERAL_FACTOR = 0.9

/**
 * The largest collateral factor or liquidation threshold whose bad-debt VaR stays within the policy bound, by bisection
 * (VaR is monotone in both: see the engine's monotonicity tests), within the protocol's configuration guards: Aave
 * LT·(1 + bonus) ≤ 1 (PoolConfigurator.configureReserveAsCollateral) and LTV ≤ LT; Compound v2 collateral factor ≤ 0.9.
 */
export async function recommendParameter({ state, scenarioSet, symbol, param, varBoundUsd, confidence = 0.99, tolerance = 0.0025 }: RecommendParameterParameters): Promise<RecommendParameterReturnType> {
  const asset = state.assets.find((candidate) => candidate.symbol === symbol)
  if (!asset) throw new Error(`no asset ${symbol} in ${state.name}`)
  const bonus = new Decimal(asset.liquidationBonus)
  const thresholdGuard = Decimal.min(new Decimal(1).div(bonus.plus(1)), new Decimal(0.99))
  const upper =
    state.protocol === 'compound-v2'
      ? new Decimal(COMPOUND_V2_MAX_COLLATERAL_FACTOR)
      : param === 'liquidationThreshold'
        ? thresholdGuard
        : Decimal.min(new Decimal(asset.liquidationThreshold), thresholdGuard)
  const lower = param === 'liquidationThreshold' && state.protocol !== 'compound-v2' ? new Decimal(asset.collateralFactor) : new Decimal(0)
  let evaluations = 0
  const valueAtRisk = async (value: Decimal) => {
    evaluations++
    const change: ParameterChange = { protocol: state.protocol, chainId: state.chainId, market: state.market, asset: asset.address, symbol, param, after: value.toFixed(4), action: 0 }
    const report = await stressMarket({ state: applyChanges(state, [change]).state, scenarioSet, recordCascade: false })
    return confidence === 0.95 ? report.aggregate.var95Usd : report.aggregate.var99Usd
  }
  const atUpper = await valueAtRisk(upper)
  if (atUpper <= varBoundUsd) return { largestSafe: upper.toFixed(4), upperGuard: upper.toFixed(4), varAtLargestSafeUsd: atUpper, evaluations }
  const atLower = await valueAtRisk(lower)
  if (atLower > varBoundUsd) return { largestSafe: null, upperGuard: upper.toFixed(4), varAtLargestSafeUsd: null, evaluations }
  let safe = lower
  let safeVar = atLower
  let unsafe = upper
  for (let iteration = 0; iteration < 40 && unsafe.minus(safe).gt(tolerance); iteration++) {
    const middle = safe.plus(unsafe).div(2).toDecimalPlaces(4, Decimal.ROUND_DOWN)
    if (middle.lte(safe)) break
    const middleVar = await valueAtRisk(middle)
    if (middleVar <= varBoundUsd) {
      safe = middle
      safeVar = middleVar
    } else unsafe = middle
  }
  return { largestSafe: safe.toFixed(4), upperGuard: upper.toFixed(4), varAtLargestSafeUsd: safeVar, evaluations }
}
