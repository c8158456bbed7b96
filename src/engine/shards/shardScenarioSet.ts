import type { Scenario, ScenarioSet } from '../../model.ts'

/** A contiguous slice of a scenario set, small enough for one Worker invocation. */
export type ScenarioShard = {
  scenarioSetHash: string
  seed: number
  /** This shard's number, 0-based, and how many shards the set was split into. */
  index: number
  shards: number
  /** Index in the full set of this shard's first scenario. */
  offset: number
  /** Scenarios in the full set (every shard carries it, so a merge can tell when it has them all). */
  total: number
  scenarios: Scenario[]
}

export type ShardScenarioSetParameters = { scenarioSet: ScenarioSet; shards: number }

/** Splits a scenario set into `shards` contiguous slices of near-equal size (the first ones one larger). */
export function shardScenarioSet({ scenarioSet, shards }: ShardScenarioSetParameters): ScenarioShard[] {
  if (!Number.isInteger(shards) || shards < 1) throw new Error(`shards must be a positive integer, got ${shards}`)
  const total = scenarioSet.scenarios.length
  const count = Math.max(1, Math.min(shards, total))
  const base = Math.floor(total / count)
  const extra = total % count
  const result: ScenarioShard[] = []
  let offset = 0
  for (let index = 0; index < count; index++) {
    const size = base + (index < extra ? 1 : 0)
    result.push({ scenarioSetHash: scenarioSet.hash, seed: scenarioSet.seed, index, shards: count, offset, total, scenarios: scenarioSet.scenarios.slice(offset, offset + size) })
    offset += size
  }
  return result
}
