import type { MarketState, ScenarioSet, StressReport, VerdictCharts } from '../../model.ts'
import { badDebtHistogram } from './badDebtHistogram.ts'
import { selectCascade } from './selectCascade.ts'
import { shockPoints } from './shockPoints.ts'

export type VerdictChartsParameters = {
  scenarioSet: ScenarioSet
  /** The market before the change: the main collateral's price today. */
  state: MarketState
  before: StressReport
  after: StressReport
}

/**
 * What the verdict page charts, reduced from every scenario run before and after the change: bad debt against the
 * shock, the whole bad-debt distribution, and one cascade step by step. A few kilobytes, whatever the scenario count.
 * Undefined when the engine did not record which asset its cascades follow (a run with `recordCascade: false`).
 */
export function verdictCharts({ scenarioSet, state, before, after }: VerdictChartsParameters): VerdictCharts | undefined {
  const mainCollateral = after.results.find((result) => result.cascadeAsset)?.cascadeAsset
  const asset = state.assets.find((candidate) => candidate.symbol === mainCollateral)
  if (!mainCollateral || !asset) return undefined
  const pegged = asset.peg?.to === 'USD'
  const { scenarios } = scenarioSet
  const cascade = selectCascade({ scenarios, before: before.results, after: after.results, startPrice: Number(asset.price) })
  return {
    mainCollateral,
    mainCollateralPegged: pegged,
    shock: shockPoints({ scenarios, before: before.results, after: after.results, mainCollateral, pegged }),
    distribution: badDebtHistogram({
      before: before.results.map((result) => result.badDebtUsd),
      after: after.results.map((result) => result.badDebtUsd),
      weights: scenarios.map((scenario) => scenario.weight ?? 1),
    }),
    ...(cascade ? { cascade } : {}),
  }
}
