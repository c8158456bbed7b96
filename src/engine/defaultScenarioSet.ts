import type { MarketState, NetworkConditions, Scenario, ScenarioSet } from '../model.ts'
import { canonicalHash } from './canonicalHash.ts'

/** Price drops of the shock grid, as fractions. */
export const SHOCK_GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6] as const

/** Calm mainnet conditions; the congestion model lives with the full engine. */
export const CALM_NETWORK: NetworkConditions = {
  gasPriceGwei: 30,
  blockGasForLiquidations: 15_000_000,
  gasPerLiquidation: 400_000,
  ethPriceUsd: 1_800,
  blocksPerStep: 300,
}

export type DefaultScenarioSetParameters = { state: MarketState; seed: number }

/**
 * The shock grid: every asset that does not hold a USD peg drops by the same fraction at once (assets
 * pegged to ETH move with ETH); USD stablecoins hold. Deterministic; the seed is recorded for the
 * Monte Carlo scenarios that extend it.
 */
export async function defaultScenarioSet({ state, seed }: DefaultScenarioSetParameters): Promise<ScenarioSet> {
  const volatile = state.assets.filter((asset) => asset.peg?.to !== 'USD').map((asset) => asset.symbol)
  const scenarios: Scenario[] = SHOCK_GRID.map((drop) => ({
    id: `shock-${Math.round(drop * 100)}`,
    kind: 'shock',
    label: `Every non-stable asset falls ${Math.round(drop * 100)} % at once`,
    paths: Object.fromEntries(volatile.map((symbol) => [symbol, [1 - drop]])),
    network: CALM_NETWORK,
  }))
  return { id: 'shock-grid', hash: await canonicalHash(scenarios), seed, scenarios }
}
