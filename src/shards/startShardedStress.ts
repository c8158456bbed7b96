import { defaultScenarioSet, stateHash } from '../engine/index.ts'
import type { MarketState } from '../model.ts'
import type { EngineShardMessage } from './engineShardMessage.ts'

export type ShardedStressEnv = { DB: D1Database; ENGINE_SHARDS: Queue<EngineShardMessage> }

export type StartShardedStressParameters = {
  state: MarketState
  seed: number
  monteCarloScenarios: number
  shards: number
  /** Per-step cascade figures on each result (default false: they make shard rows large). */
  recordCascade?: boolean
}

/**
 * Stores a stress run and puts one message per shard on the ENGINE_SHARDS queue. Consumers regenerate the scenario set
 * from the state and seed (it is deterministic; its hash is checked), so messages stay small. Returns the run id.
 */
export async function startShardedStress(env: ShardedStressEnv, { state, seed, monteCarloScenarios, shards, recordCascade = false }: StartShardedStressParameters): Promise<string> {
  const scenarioSet = await defaultScenarioSet({ state, seed, monteCarloScenarios })
  const runId = `${(await stateHash(state)).slice(0, 12)}-${scenarioSet.hash.slice(0, 12)}-${shards}-${recordCascade ? 1 : 0}`
  await env.DB.prepare(
    'INSERT OR IGNORE INTO engine_runs (id, state, seed, monte_carlo, scenario_set_hash, shards, record_cascade, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  )
    .bind(runId, JSON.stringify(state), seed, monteCarloScenarios, scenarioSet.hash, shards, recordCascade ? 1 : 0, new Date().toISOString())
    .run()
  await env.ENGINE_SHARDS.sendBatch(Array.from({ length: shards }, (_, shard) => ({ body: { runId, shard } })))
  return runId
}
