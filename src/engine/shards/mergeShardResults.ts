import type { MarketState, StressReport } from '../../model.ts'
import { assembleStressReport } from '../assembleStressReport.ts'
import { stateHash } from '../stressMarket.ts'
import type { ShardResult } from './stressShard.ts'

export type MergeShardResultsParameters = { state: MarketState; shards: ShardResult[] }

/**
 * Merges shard results, in any order, into the report a single run over the whole set gives. Refuses a merge that
 * would silently differ: shards of different sets, a missing or repeated slice.
 */
export async function mergeShardResults({ state, shards }: MergeShardResultsParameters): Promise<StressReport> {
  if (shards.length === 0) throw new Error('no shard results to merge')
  const [first] = shards
  const sorted = [...shards].sort((a, b) => a.offset - b.offset)
  let next = 0
  for (const shard of sorted) {
    if (shard.scenarioSetHash !== first.scenarioSetHash || shard.seed !== first.seed || shard.total !== first.total)
      throw new Error(`shard ${shard.index} belongs to scenario set ${shard.scenarioSetHash} (seed ${shard.seed}), not ${first.scenarioSetHash} (seed ${first.seed})`)
    if (shard.offset !== next) throw new Error(`shard results do not cover scenarios ${next}…${shard.offset - 1} exactly once`)
    next += shard.results.length
  }
  if (next !== first.total) throw new Error(`shard results cover ${next} of ${first.total} scenarios`)
  return assembleStressReport({
    results: sorted.flatMap((shard) => shard.results),
    weights: sorted.flatMap((shard) => shard.weights),
    scenarioSetHash: first.scenarioSetHash,
    seed: first.seed,
    stateHash: await stateHash(state),
    protocolReservesUsd: Number(state.reserves.protocolReserves),
    insuranceFundUsd: Number(state.reserves.insuranceFund),
  })
}
