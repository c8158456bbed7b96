import type { MarketState, ScenarioSet, StressAggregate } from '../model.ts'
import type { CircuitBreaker } from './cascade/createScenarioRunner.ts'
import { stressMarket } from './stressMarket.ts'

export type CompareCircuitBreakerReturnType = {
  without: StressAggregate
  with: StressAggregate
  /** Steps paused across all scenarios. */
  pausedSteps: number
  /** Each headline metric without → with the breaker; `helps` when the breaker lowers it. */
  changes: { metric: keyof StressAggregate; without: number; with: number; helps: boolean }[]
}

const METRICS = ['expectedBadDebtUsd', 'var95Usd', 'var99Usd', 'es99Usd', 'probabilityOfInsolvency', 'cascadeAmplification', 'friction'] as const

/**
 * What a circuit breaker (pause liquidations when a price moves by more than a threshold in one step) changes. It can
 * help — no fire sales into a falling market, less cascade — or hurt: positions sink further while nobody may
 * liquidate them, and more of their debt ends up without collateral.
 */
export async function compareCircuitBreaker({ state, scenarioSet, circuitBreaker }: { state: MarketState; scenarioSet: ScenarioSet; circuitBreaker: CircuitBreaker }): Promise<CompareCircuitBreakerReturnType> {
  const without = await stressMarket({ state, scenarioSet, recordCascade: false })
  const withBreaker = await stressMarket({ state, scenarioSet, recordCascade: false, circuitBreaker })
  return {
    without: without.aggregate,
    with: withBreaker.aggregate,
    pausedSteps: withBreaker.results.reduce((sum, result) => sum + (result.pausedSteps ?? 0), 0),
    changes: METRICS.map((metric) => {
      const before = without.aggregate[metric] ?? 0
      const after = withBreaker.aggregate[metric] ?? 0
      return { metric, without: before, with: after, helps: after < before }
    }),
  }
}
