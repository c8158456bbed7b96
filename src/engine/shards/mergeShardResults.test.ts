import { expect, test } from 'vitest'
import { randomMarket } from '../../../test/support/randomMarket.ts'
import { defaultScenarioSet } from '../defaultScenarioSet.ts'
import { stressMarket } from '../stressMarket.ts'
import { mergeShardResults } from './mergeShardResults.ts'
import { shardScenarioSet } from './shardScenarioSet.ts'
import { stressShard } from './stressShard.ts'

test('default: shards run apart and merged in any order give the single run’s report', async () => {
  const state = randomMarket({ seed: 6, positions: 200, liquidityScale: 0.02 })
  const scenarioSet = await defaultScenarioSet({ state, seed: 6, monteCarloScenarios: 37 })
  const single = await stressMarket({ state, scenarioSet })
  const shards = shardScenarioSet({ scenarioSet, shards: 4 })
  expect(shards.map((shard) => shard.scenarios.length).reduce((a, b) => a + b)).toBe(scenarioSet.scenarios.length)
  const results = shards.map((shard) => stressShard({ state, shard })).reverse()
  expect(await mergeShardResults({ state, shards: results })).toEqual(single)
})

test('errors: a missing, repeated or foreign shard', async () => {
  const state = randomMarket({ seed: 6, positions: 20 })
  const scenarioSet = await defaultScenarioSet({ state, seed: 6, monteCarloScenarios: 10 })
  const results = shardScenarioSet({ scenarioSet, shards: 3 }).map((shard) => stressShard({ state, shard }))
  await expect(mergeShardResults({ state, shards: results.slice(1) })).rejects.toThrow(/exactly once/)
  await expect(mergeShardResults({ state, shards: [...results, results[2]] })).rejects.toThrow(/exactly once/)
  await expect(mergeShardResults({ state, shards: [results[0], results[1], { ...results[2], scenarioSetHash: 'other' }] })).rejects.toThrow(/belongs to/)
  await expect(mergeShardResults({ state, shards: [] })).rejects.toThrow(/no shard/)
  expect(() => shardScenarioSet({ scenarioSet, shards: 0 })).toThrow(/positive integer/)
})
