import { DEFAULT_STEP_SECONDS } from '../../engine/cascade/createScenarioRunner.ts'
import type { CascadeChart, CascadeStep, Scenario, ScenarioResult } from '../../model.ts'

export type SelectCascadeParameters = {
  scenarios: Scenario[]
  before: ScenarioResult[]
  after: ScenarioResult[]
  /** The main collateral's price today, USD: where the price line starts. */
  startPrice: number
}

/**
 * The cascade worth showing: among the multi-step scenarios that move the market as a whole (historical windows and
 * Monte Carlo days, two steps or more), the one whose bad debt the change moves most; when the change moves none, the
 * one with the most bad debt after it (then the most liquidated, then scenario order). Undefined without recorded steps.
 */
export function selectCascade({ scenarios, before, after, startPrice }: SelectCascadeParameters): CascadeChart | undefined {
  const candidates = scenarios.flatMap((scenario, index) =>
    (scenario.kind === 'historical' || scenario.kind === 'monte-carlo') && (after[index].cascade?.length ?? 0) >= 2 && before[index].cascade ? [index] : [],
  )
  if (candidates.length === 0) return undefined
  const moved = (index: number) => Math.abs(after[index].badDebtUsd - before[index].badDebtUsd)
  const worst = (a: number, b: number) => after[b].badDebtUsd - after[a].badDebtUsd || after[b].liquidatedUsd - after[a].liquidatedUsd || a - b
  const selectedBy = candidates.some((index) => moved(index) >= 1) ? 'change' : 'worst'
  const [chosen] = [...candidates].sort((a, b) => (selectedBy === 'change' ? moved(b) - moved(a) : 0) || worst(a, b))
  const scenario = scenarios[chosen]
  return {
    scenario: scenario.id,
    kind: scenario.kind,
    label: scenario.label,
    selectedBy,
    stepSeconds: scenario.stepSeconds ?? DEFAULT_STEP_SECONDS,
    startPrice: significant(startPrice),
    before: (before[chosen].cascade ?? []).map(compact),
    after: (after[chosen].cascade ?? []).map(compact),
  }
}

/** A step to chart precision: prices to 6 significant digits, USD to the dollar. */
function compact(step: CascadeStep): CascadeStep {
  return { step: step.step, price: significant(step.price), liquidatedUsd: Math.round(step.liquidatedUsd), badDebtUsd: Math.round(step.badDebtUsd) }
}

function significant(value: number): number {
  return Number(value.toPrecision(6))
}
