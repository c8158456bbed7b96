import type { ScenarioResult, StressReport } from '../model.ts'
import { aggregateLosses } from './aggregateLosses.ts'
import { lossWaterfall } from './lossWaterfall.ts'
import { ENGINE_VERSION } from './version.ts'

export type AssembleStressReportParameters = {
  /** One result per scenario, in the scenario set's order. */
  results: ScenarioResult[]
  /** Weight per scenario (equal when absent). */
  weights?: ArrayLike<number>
  scenarioSetHash: string
  seed: number
  stateHash: string
  protocolReservesUsd: number
  insuranceFundUsd: number
}

/**
 * Turns per-scenario results into a StressReport: each scenario's bad debt through the loss waterfall, then the
 * aggregate metrics. A run split into shards and merged gives the same report as one run, because every figure here
 * is computed from the full list of results in scenario order.
 */
export function assembleStressReport({ results, weights, scenarioSetHash, seed, stateHash, protocolReservesUsd, insuranceFundUsd }: AssembleStressReportParameters): StressReport {
  const withWaterfall = results.map((result) => ({ ...result, ...lossWaterfall(result.badDebtUsd, protocolReservesUsd, insuranceFundUsd) }))
  const count = withWaterfall.length
  let totalWeight = 0
  for (let i = 0; i < count; i++) totalWeight += weights ? weights[i] : 1
  const mean = (pick: (result: ScenarioResult) => number) => {
    let sum = 0
    for (let i = 0; i < count; i++) sum += ((weights ? weights[i] : 1) / totalWeight) * pick(withWaterfall[i])
    return count === 0 ? 0 : sum
  }
  let seizedUsd = 0
  let frictionUsd = 0
  let amplificationSum = 0
  let amplificationWeight = 0
  for (let i = 0; i < count; i++) {
    const result = withWaterfall[i]
    seizedUsd += result.seizedUsd ?? 0
    frictionUsd += result.frictionUsd ?? 0
    if (result.amplification !== undefined && result.amplification !== 1) {
      amplificationSum += (weights ? weights[i] : 1) * result.amplification
      amplificationWeight += weights ? weights[i] : 1
    }
  }
  const lossAbsorbingCapitalUsd = protocolReservesUsd + insuranceFundUsd
  const losses = aggregateLosses({ losses: withWaterfall.map((result) => result.badDebtUsd), weights, liquidatedUsd: mean((result) => result.liquidatedUsd), lossAbsorbingCapitalUsd })
  const liquidations = aggregateLosses({ losses: withWaterfall.map((result) => result.liquidatedUsd), weights, liquidatedUsd: 0, lossAbsorbingCapitalUsd })
  return {
    engineVersion: ENGINE_VERSION,
    scenarioSetHash,
    seed,
    stateHash,
    results: withWaterfall,
    aggregate: {
      ...losses,
      liquidationsAtRisk95Usd: liquidations.var95Usd,
      friction: seizedUsd > 0 ? frictionUsd / seizedUsd : 0,
      cascadeAmplification: amplificationWeight > 0 ? amplificationSum / amplificationWeight : 1,
      failedLiquidations: mean((result) => result.failedLiquidations),
      expectedSocialisedLossUsd: mean((result) => result.socialisedLossUsd),
    },
  }
}
