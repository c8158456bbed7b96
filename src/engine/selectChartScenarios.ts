import type { ScenarioResult, ScenarioSet, StressReport } from '../model.ts'

export type SelectChartScenariosParameters = {
  scenarioSet: ScenarioSet
  before: StressReport
  after: StressReport
  /** How many Monte Carlo scenarios to keep: the worst by bad debt after the change (default 20). */
  tail?: number
}

/**
 * The per-scenario results a verdict keeps in the store (its `scenarios`, returned by `--full` / `?full=1`), the same
 * ones before and after: every shock, historical and broken-peg scenario with its cascade, and the Monte Carlo days
 * with the most bad debt after the change (ties: scenario order). The charts do not read them: they are drawn from
 * figures reduced over every scenario (src/verdict/charts/verdictCharts.ts).
 */
export function selectChartScenarios({ scenarioSet, before, after, tail = 20 }: SelectChartScenariosParameters): { before: ScenarioResult[]; after: ScenarioResult[] } {
  const monteCarlo = scenarioSet.scenarios.flatMap((scenario, index) => (scenario.kind === 'monte-carlo' ? [index] : []))
  const worst = new Set(monteCarlo.sort((a, b) => after.results[b].badDebtUsd - after.results[a].badDebtUsd || a - b).slice(0, tail))
  const keep = scenarioSet.scenarios.flatMap((scenario, index) => (scenario.kind !== 'monte-carlo' || worst.has(index) ? [index] : []))
  return { before: keep.map((index) => before.results[index]), after: keep.map((index) => after.results[index]) }
}
