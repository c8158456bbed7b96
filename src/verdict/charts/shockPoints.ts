import type { Scenario, ScenarioResult, ShockPoint } from '../../model.ts'

export type ShockPointsParameters = {
  scenarios: Scenario[]
  before: ScenarioResult[]
  after: ScenarioResult[]
  /** The market's main collateral; with `pegged`, historical windows are left out (their drop of it says nothing). */
  mainCollateral: string
  pegged: boolean
}

/**
 * Bad debt against one named shock variable: for the shock grid, the drop every non-stable asset takes at once; for a
 * replayed historical window, the main collateral's largest fall within it. Both measure the same thing when the main
 * collateral is volatile (the grid drops it too), so one axis serves both. Monte Carlo days and broken pegs are left to
 * the distribution chart: their drivers are many assets or a peg, not one price.
 */
export function shockPoints({ scenarios, before, after, mainCollateral, pegged }: ShockPointsParameters): ShockPoint[] {
  const points: ShockPoint[] = []
  scenarios.forEach((scenario, index) => {
    const point = (drop: number): ShockPoint => ({
      scenario: scenario.id,
      kind: scenario.kind as ShockPoint['kind'],
      drop: Math.round(drop * 1e4) / 1e4,
      before: Math.round(before[index].badDebtUsd),
      after: Math.round(after[index].badDebtUsd),
    })
    if (scenario.kind === 'shock') points.push(point(Math.max(0, ...Object.values(scenario.paths).map(largestFall))))
    else if (scenario.kind === 'historical' && !pegged) points.push(point(largestFall(scenario.paths[mainCollateral] ?? [])))
  })
  return points
}

/** The largest fall below the starting price along a multiplicative path (0 when it never falls). */
function largestFall(path: number[]): number {
  let lowest = 1
  for (const multiplier of path) if (multiplier < lowest) lowest = multiplier
  return 1 - lowest
}
