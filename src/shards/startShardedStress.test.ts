import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { randomMarket } from '../../test/support/randomMarket.ts'
import { defaultScenarioSet, stressMarket } from '../engine/index.ts'
import type { EngineShardMessage } from './engineShardMessage.ts'
import { handleEngineShards, shardedStressReport } from './handleEngineShards.ts'
import { startShardedStress } from './startShardedStress.ts'

test('default: a run split into shards on the ENGINE_SHARDS queue merges into the single run’s report', async () => {
  const state = randomMarket({ seed: 8, positions: 150, liquidityScale: 0.02 })
  const runId = await startShardedStress(env, { state, seed: 8, monteCarloScenarios: 30, shards: 3 })
  let report = null
  for (let attempt = 0; attempt < 200 && !report; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    report = await shardedStressReport(env, runId)
  }
  const single = await stressMarket({ state, scenarioSet: await defaultScenarioSet({ state, seed: 8, monteCarloScenarios: 30 }), recordCascade: false })
  expect(report).toEqual(single)
  const shards = await env.DB.prepare('SELECT COUNT(*) AS count FROM engine_shard_results WHERE run_id = ?').bind(runId).first<{ count: number }>()
  expect(shards?.count).toBe(3)
})

test('errors: a shard of an unknown run is retried, not dropped', async () => {
  const batch = createMessageBatch<EngineShardMessage>('firebreak-engine-shards', [{ id: 'm1', timestamp: new Date(), attempts: 1, body: { runId: 'missing', shard: 0 } }])
  const context = createExecutionContext()
  await handleEngineShards(batch, env)
  const result = await getQueueResult(batch, context)
  expect(result.explicitAcks).toEqual([])
  expect(result.retryMessages).toMatchObject([{ msgId: 'm1' }])
})
