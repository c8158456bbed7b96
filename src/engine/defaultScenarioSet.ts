import type { MarketState, NetworkConditions, Scenario, ScenarioSet } from '../model.ts'
import { canonicalHash } from './canonicalHash.ts'
import { DEFAULT_STEP_SECONDS } from './cascade/createScenarioRunner.ts'
import { brokenPegScenarios } from './scenarios/brokenPegScenarios.ts'
import { historicalScenarios } from './scenarios/historicalScenarios.ts'
import { monteCarloScenarios } from './scenarios/monteCarloScenarios.ts'

/** Price drops of the shock grid, as fractions. */
export const SHOCK_GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6] as const

/**
 * Mainnet conditions: 30 gwei, 400k gas per liquidation (Aave v3 liquidationCall with a swap, observed range 300–600k),
 * a quarter of each 30M-gas block for liquidators, ETH at $1,800, 12-second blocks over a 4-hour step. Assumptions.
 */
export const CALM_NETWORK: NetworkConditions = {
  gasPriceGwei: 30,
  blockGasForLiquidations: 7_500_000,
  gasPerLiquidation: 400_000,
  ethPriceUsd: 1_800,
  blocksPerStep: 1_200,
}

export type DefaultScenarioSetParameters = {
  state: MarketState
  seed: number
  /** Monte Carlo days to draw (default 1,000). */
  monteCarloScenarios?: number
  /** Seconds per step for replays and Monte Carlo (default 4 hours). */
  stepSeconds?: number
}

/**
 * The default scenario set: the shock grid (every non-USD asset falls by the same fraction at once), historical stress
 * windows replayed, broken-peg scenarios for each pegged asset, and seeded Monte Carlo days. All weigh the same in the
 * aggregates, so VaR is read over stress and Monte Carlo alike. The same state and seed give the same set and hash.
 */
export async function defaultScenarioSet({ state, seed, monteCarloScenarios: count = 1_000, stepSeconds = DEFAULT_STEP_SECONDS }: DefaultScenarioSetParameters): Promise<ScenarioSet> {
  const network = { ...CALM_NETWORK, blocksPerStep: Math.round(stepSeconds / 12) }
  const volatile = state.assets.filter((asset) => asset.peg?.to !== 'USD').map((asset) => asset.symbol)
  const shocks: Scenario[] = SHOCK_GRID.map((drop) => ({
    id: `shock-${Math.round(drop * 100)}`,
    kind: 'shock',
    label: `Every non-stable asset falls ${Math.round(drop * 100)} % at once`,
    paths: Object.fromEntries(volatile.map((symbol) => [symbol, [1 - drop]])),
    network,
    stepSeconds,
  }))
  const scenarios = [
    ...shocks,
    ...historicalScenarios({ state, stepSeconds, network }),
    ...brokenPegScenarios({ state, stepSeconds, network }),
    ...monteCarloScenarios({ state, seed, count, stepSeconds, network }),
  ]
  return { id: `default-${count}`, hash: await canonicalHash(scenarios), seed, scenarios }
}
