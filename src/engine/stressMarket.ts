import type { MarketState, ScenarioResult, ScenarioSet, StressReport } from '../model.ts'
import { aggregateLosses } from './aggregateLosses.ts'
import { canonicalHash } from './canonicalHash.ts'
import { compileMarket } from './compileMarket.ts'
import { liquidatePosition } from './liquidatePosition.ts'
import { lossWaterfall } from './lossWaterfall.ts'
import { ENGINE_VERSION } from './version.ts'

export type StressMarketParameters = {
  state: MarketState
  scenarioSet: ScenarioSet
}

/**
 * Stresses a market under every scenario of a set. First engine: each scenario is an instantaneous move to
 * the last price of its paths, every position is liquidated by the protocol's rules at those prices, and
 * the debt left without collateral is bad debt, absorbed by the loss waterfall.
 */
export async function stressMarket({ state, scenarioSet }: StressMarketParameters): Promise<StressReport> {
  const market = compileMarket(state)
  const { assetCount, positionCount } = market
  const shockedPrice = new Float64Array(assetCount)
  const collateral = new Float64Array(assetCount)
  const debt = new Float64Array(assetCount)
  const results: ScenarioResult[] = scenarioSet.scenarios.map((scenario) => {
    let shock = 0
    for (let asset = 0; asset < assetCount; asset++) {
      const path = scenario.paths[market.symbols[asset]]
      const multiplier = path && path.length > 0 ? path[path.length - 1] : 1
      shockedPrice[asset] = market.price[asset] * multiplier
      if (Math.abs(multiplier - 1) > Math.abs(shock)) shock = multiplier - 1
    }
    let badDebtUsd = 0
    let liquidatedUsd = 0
    let liquidations = 0
    for (let p = 0; p < positionCount; p++) {
      collateral.set(market.collateral.subarray(p * assetCount, (p + 1) * assetCount))
      debt.set(market.debt.subarray(p * assetCount, (p + 1) * assetCount))
      const outcome = liquidatePosition({ ...market, price: shockedPrice, collateral, debt })
      badDebtUsd += outcome.badDebtUsd
      liquidatedUsd += outcome.repaidUsd
      liquidations += outcome.liquidations
    }
    return {
      scenario: scenario.id,
      shock,
      badDebtUsd,
      liquidatedUsd,
      liquidations,
      failedLiquidations: 0,
      ...lossWaterfall(badDebtUsd, market.protocolReservesUsd, market.insuranceFundUsd),
      cascadeDepth: liquidations > 0 ? 1 : 0,
      priceImpact: 0,
    }
  })
  const aggregate = aggregateLosses({
    losses: results.map((result) => result.badDebtUsd),
    weights: scenarioSet.scenarios.map((scenario) => scenario.weight ?? 1),
    liquidatedUsd: results.reduce((sum, result) => sum + result.liquidatedUsd, 0) / Math.max(results.length, 1),
    lossAbsorbingCapitalUsd: market.protocolReservesUsd + market.insuranceFundUsd,
  })
  return {
    engineVersion: ENGINE_VERSION,
    scenarioSetHash: scenarioSet.hash,
    seed: scenarioSet.seed,
    stateHash: state.provenance.contentHash ?? (await canonicalHash({ ...state, provenance: { ...state.provenance, contentHash: undefined } })),
    results,
    aggregate,
  }
}
