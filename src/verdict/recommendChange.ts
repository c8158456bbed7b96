import Decimal from 'decimal.js'
import { applyChanges } from '../engine/applyChanges.ts'
import { recommendParameter } from '../engine/recommend/recommendParameter.ts'
import type { MarketState, ParameterChange, Recommendation, ScenarioSet, StressAggregate } from '../model.ts'
import { formatParameter, formatUsd, parameterInSentence } from './format.ts'
import type { Policy } from './policy.ts'

const searchable = new Set<ParameterChange['param']>(['collateralFactor', 'liquidationThreshold'])

/** The 99 % VaR of bad debt a change may lead to and still pass the policy: today's plus the rise it tolerates. */
export function policyVarBoundUsd(before: StressAggregate, policy: Policy): number {
  return before.var99Usd + Number(policy.var99Increase.cautionUsd)
}

export type RecommendChangeParameters = {
  changes: ParameterChange[]
  state: MarketState
  scenarioSet: ScenarioSet
  before: StressAggregate
  after: StressAggregate
  policy: Policy
}

/**
 * When a change raises the 99 % VaR of bad debt past the policy, the largest value of the same collateral
 * factor or liquidation threshold that would not (engine's recommendParameter: bisection within the guards).
 * The first change whose own search finds a smaller safe value wins: each search costs a dozen stress runs.
 */
export async function recommendChange({ changes, state, scenarioSet, before, after, policy }: RecommendChangeParameters): Promise<Recommendation | undefined> {
  const bound = policyVarBoundUsd(before, policy)
  if (after.var99Usd <= bound) return undefined
  for (const change of changes) {
    if (!searchable.has(change.param) || !change.symbol || !state.assets.some((asset) => asset.symbol === change.symbol)) continue
    // Search this parameter with the proposal's other changes in place: it is the value in that company that matters.
    const others = applyChanges(state, changes.filter((other) => other !== change)).state
    const found = await recommendParameter({ state: others, scenarioSet, symbol: change.symbol, param: change.param as 'collateralFactor' | 'liquidationThreshold', varBoundUsd: bound })
    if (found.largestSafe !== null && new Decimal(found.largestSafe).lt(change.after)) return recommendation(change, found.largestSafe, found.evaluations, bound, before, after, policy)
  }
  return undefined
}

function recommendation(
  change: ParameterChange,
  largestSafe: string,
  evaluations: number,
  bound: number,
  before: StressAggregate,
  after: StressAggregate,
  policy: Policy,
): Recommendation {
  return {
    asset: change.symbol ?? change.asset ?? 'market',
    param: change.param,
    proposed: change.after,
    largestSafe,
    why: `The largest ${parameterInSentence(change.param, change.protocol)} that keeps the 99 % VaR of bad debt within ${formatUsd(bound)} (today's ${formatUsd(before.var99Usd)} plus the policy's ${formatUsd(policy.var99Increase.cautionUsd)}); ${formatParameter(change.param, change.after)} takes it to ${formatUsd(after.var99Usd)}. ${evaluations} stress runs on the same scenarios.`,
  }
}
