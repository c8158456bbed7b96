import type { MarketState, ScenarioSet, StressReport } from '../model.ts'
import { assembleStressReport } from './assembleStressReport.ts'
import { canonicalHash } from './canonicalHash.ts'
import { type CircuitBreaker, createScenarioRunner } from './cascade/createScenarioRunner.ts'
import { compileMarket } from './market/compileMarket.ts'

export type StressMarketParameters = {
  state: MarketState
  scenarioSet: ScenarioSet
  /** A policy option: pause liquidations in steps where a price moves by at least the threshold. */
  circuitBreaker?: CircuitBreaker
  /** Attach per-step cascade figures to every result (default true; large benchmark runs turn it off). */
  recordCascade?: boolean
  /** 'none' runs the straightforward implementation (every position, every round) — for tests and benchmarks. */
  indexing?: 'sorted' | 'none'
}

/**
 * Stresses a market under every scenario of a set: multi-step price paths, protocol liquidation rules, liquidation
 * selling into finite liquidity with the oracle following, block gas and liquidator profitability, bad debt through the
 * loss waterfall, and the aggregate metrics (expected bad debt, VaR/ES 95/99, liquidations at risk, probability of
 * insolvency, cascade amplification, friction). Pure and deterministic: the same state and set give the same report.
 */
export async function stressMarket({ state, scenarioSet, circuitBreaker, recordCascade, indexing = 'sorted' }: StressMarketParameters): Promise<StressReport> {
  const market = compileMarket(state)
  const run = createScenarioRunner(market, { indexing, circuitBreaker, recordCascade })
  const results = scenarioSet.scenarios.map(run)
  return assembleStressReport({
    results,
    weights: scenarioSet.scenarios.map((scenario) => scenario.weight ?? 1),
    scenarioSetHash: scenarioSet.hash,
    seed: scenarioSet.seed,
    stateHash: await stateHash(state),
    protocolReservesUsd: market.protocolReservesUsd,
    insuranceFundUsd: market.insuranceFundUsd,
  })
}

/** The state's content hash: the one its provenance carries, or sha-256 over its canonical JSON without it. */
export async function stateHash(state: MarketState): Promise<string> {
  return state.provenance.contentHash ?? (await canonicalHash({ ...state, provenance: { ...state.provenance, contentHash: undefined } }))
}
