import { defaultScenarioSet, mergeShardResults, type ShardResult, shardScenarioSet, stressShard } from '../engine/index.ts'
import type { MarketState, StressReport } from '../model.ts'
import type { EngineShardMessage } from './engineShardMessage.ts'

export type EngineShardsEnv = { DB: D1Database }

type RunRow = { state: string; seed: number; monte_carlo: number; scenario_set_hash: string; shards: number; record_cascade: number; report: string | null }

/**
 * The ENGINE_SHARDS queue consumer: runs each message's shard, stores its results, and when a run's shards are all in,
 * merges them into the run's report. Each message is acked on its own; one that fails is retried, never the batch.
 * Idempotent: a redelivered shard overwrites its own identical results; a merge done twice writes the same report.
 */
export async function handleEngineShards(batch: MessageBatch<EngineShardMessage>, env: EngineShardsEnv): Promise<void> {
  for (const message of batch.messages) {
    try {
      await runShard(env, message.body)
      message.ack()
    } catch (error) {
      console.error(`engine shard ${JSON.stringify(message.body)} failed: ${error instanceof Error ? error.message : String(error)}`)
      message.retry({ delaySeconds: 5 })
    }
  }
}

async function runShard(env: EngineShardsEnv, { runId, shard }: EngineShardMessage): Promise<void> {
  const run = await env.DB.prepare('SELECT state, seed, monte_carlo, scenario_set_hash, shards, record_cascade, report FROM engine_runs WHERE id = ?').bind(runId).first<RunRow>()
  if (!run) throw new Error(`no engine run ${runId}`)
  if (run.report) return
  const state = JSON.parse(run.state) as MarketState
  const scenarioSet = await defaultScenarioSet({ state, seed: run.seed, monteCarloScenarios: run.monte_carlo })
  if (scenarioSet.hash !== run.scenario_set_hash) throw new Error(`run ${runId}: the scenario set regenerated to ${scenarioSet.hash}, not ${run.scenario_set_hash} (engine version changed?)`)
  const slice = shardScenarioSet({ scenarioSet, shards: run.shards })[shard]
  if (!slice) throw new Error(`run ${runId} has no shard ${shard}`)
  const result = stressShard({ state, shard: slice, recordCascade: run.record_cascade === 1 })
  await env.DB.prepare('INSERT OR REPLACE INTO engine_shard_results (run_id, shard, result) VALUES (?, ?, ?)').bind(runId, shard, JSON.stringify(result)).run()
  const stored = await env.DB.prepare('SELECT result FROM engine_shard_results WHERE run_id = ?').bind(runId).all<{ result: string }>()
  if (stored.results.length < run.shards) return
  const report: StressReport = await mergeShardResults({ state, shards: stored.results.map((row) => JSON.parse(row.result) as ShardResult) })
  await env.DB.prepare('UPDATE engine_runs SET report = ? WHERE id = ? AND report IS NULL').bind(JSON.stringify(report), runId).run()
}

/** The merged report of a sharded run, or null while shards are still running. */
export async function shardedStressReport(env: EngineShardsEnv, runId: string): Promise<StressReport | null> {
  const row = await env.DB.prepare('SELECT report FROM engine_runs WHERE id = ?').bind(runId).first<{ report: string | null }>()
  return row?.report ? (JSON.parse(row.report) as StressReport) : null
}
