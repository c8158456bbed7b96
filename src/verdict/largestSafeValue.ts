import Decimal from 'decimal.js'
import { runCheck } from '../check.ts'
import type { MarketState, ParameterName } from '../model.ts'
import { DEFAULT_POLICY, type Policy } from './policy.ts'

export type LargestSafeValueParameters = {
  state: MarketState
  /** Asset symbol. */
  asset: string
  param: Extract<ParameterName, 'collateralFactor' | 'liquidationThreshold' | 'supplyCap' | 'borrowCap'>
  seed: number
  policy?: Policy
  /** Most bisection steps (each one is a full before/after stress run). */
  maxSteps?: number
}

export type LargestSafeValueReturnType = {
  current: string
  largestSafe: string
  /** The configuration guard or search bound the answer cannot exceed, and why. */
  bound: { value: string; reason: string }
  /** Stress runs spent. */
  runs: number
}

/**
 * The largest value of a parameter whose stress result stays within the policy's fail bounds (the
 * 99 % VaR of bad debt rises by less than `var99Increase.failUsd` and the probability of insolvency by
 * less than `insolvencyProbabilityIncreaseFail`), found by bisection between the current value and the
 * protocol's own configuration guard (DESIGN.md, "Recommendation").
 */
export async function largestSafeValue({ state, asset, param, seed, policy = DEFAULT_POLICY, maxSteps = 8 }: LargestSafeValueParameters): Promise<LargestSafeValueReturnType> {
  const target = state.assets.find((candidate) => candidate.symbol === asset)
  if (!target) throw new Error(`${state.name} has no asset ${asset}`)
  const current = new Decimal(target[param])
  const bound = upperBound(target, param, current)
  const ratio = param === 'collateralFactor' || param === 'liquidationThreshold'
  const resolution = ratio ? new Decimal('0.0005') : bound.value.minus(current).div(100)
  let runs = 0
  const safe = async (value: Decimal) => {
    runs++
    const verdict = await runCheck({
      proposal: { source: 'api', chainId: state.chainId, id: `largest-safe-${asset}-${param}-${value.toFixed()}`, title: `Largest safe ${asset} ${param}`, actions: [] },
      changes: [
        { protocol: state.protocol, chainId: state.chainId, market: state.market, asset: target.address, symbol: asset, param, before: current.toFixed(), after: value.toFixed(), action: 0 },
      ],
      state,
      seed,
      policy,
      createdAt: '1970-01-01T00:00:00.000Z',
    })
    const { before, after } = verdict.metrics
    return (
      new Decimal(after.var99Usd).minus(before.var99Usd).lt(policy.var99Increase.failUsd) &&
      new Decimal(after.probabilityOfInsolvency).minus(before.probabilityOfInsolvency).lt(policy.insolvencyProbabilityIncreaseFail)
    )
  }
  const round = (value: Decimal) => (ratio ? value.toDecimalPlaces(4, Decimal.ROUND_DOWN) : value.toDecimalPlaces(0, Decimal.ROUND_DOWN))
  if (bound.value.lte(current) || (await safe(bound.value))) return { current: current.toFixed(), largestSafe: round(Decimal.max(bound.value, current)).toFixed(), bound: { value: bound.value.toFixed(), reason: bound.reason }, runs }
  let low = current
  let high = bound.value
  for (let step = 0; step < maxSteps && high.minus(low).gt(resolution); step++) {
    const middle = low.plus(high).div(2)
    if (await safe(middle)) low = middle
    else high = middle
  }
  return { current: current.toFixed(), largestSafe: round(low).toFixed(), bound: { value: bound.value.toFixed(), reason: bound.reason }, runs }
}

function upperBound(asset: MarketState['assets'][number], param: LargestSafeValueParameters['param'], current: Decimal): { value: Decimal; reason: string } {
  switch (param) {
    // Aave PoolConfigurator.configureReserveAsCollateral: ltv <= liquidationThreshold.
    case 'collateralFactor':
      return { value: new Decimal(asset.liquidationThreshold), reason: 'the LTV may not exceed the liquidation threshold' }
    // Aave PoolConfigurator.configureReserveAsCollateral: liquidationThreshold · liquidationBonus <= 100 %.
    case 'liquidationThreshold':
      return { value: new Decimal(1).div(new Decimal(1).plus(asset.liquidationBonus)), reason: 'LT·(1+bonus) may not exceed 1' }
    default: {
      const base = current.isZero() ? new Decimal(param === 'supplyCap' ? asset.totalSupply : asset.totalDebt) : current
      return { value: base.mul(4), reason: 'the search stops at four times the current value' }
    }
  }
}
