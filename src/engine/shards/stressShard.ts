import type { MarketState, ScenarioResult } from '../../model.ts'
import { type CircuitBreaker, createScenarioRunner } from '../cascade/createScenarioRunner.ts'
import { compileMarket } from '../market/compileMarket.ts'
import type { ScenarioShard } from './shardScenarioSet.ts'

/** One shard's per-scenario results, ready to merge: the shard's place in the set, without its scenarios. */
export type ShardResult = Omit<ScenarioShard, 'scenarios'> & {
  results: ScenarioResult[]
  /** Each scenario's weight (1 when the scenario has none). */
  weights: number[]
}

export type StressShardParameters = { state: MarketState; shard: ScenarioShard; circuitBreaker?: CircuitBreaker; recordCascade?: boolean }

/** Runs one shard's scenarios. Scenarios are independent, so a shard's results equal the same slice of a single run's. */
export function stressShard({ state, shard, circuitBreaker, recordCascade }: StressShardParameters): ShardResult {
  const run = createScenarioRunner(compileMarket(state), { indexing: 'sorted', circuitBreaker, recordCascade })
  const { scenarios, ...place } = shard
  return { ...place, results: scenarios.map(run), weights: scenarios.map((scenario) => scenario.weight ?? 1) }
}
