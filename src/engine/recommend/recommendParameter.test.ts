import { expect, test } from 'vitest'
import { randomMarket } from '../../../test/support/randomMarket.ts'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import { defaultScenarioSet } from '../defaultScenarioSet.ts'
import { stressMarket } from '../stressMarket.ts'
import { recommendParameter } from './recommendParameter.ts'

test('default: the largest liquidation threshold within the VaR bound, below the guard', async () => {
  const state = randomMarket({ seed: 4, positions: 200, liquidityScale: 0.02 })
  const scenarioSet = await defaultScenarioSet({ state, seed: 4, monteCarloScenarios: 30 })
  const loose = await recommendParameter({ state, scenarioSet, symbol: 'WETH', param: 'liquidationThreshold', varBoundUsd: 1e15 })
  // LT·(1 + 5 %) ≤ 1 → LT ≤ 0.9524
  expect(loose.largestSafe).toBe('0.9524')
  const atCurrent = await recommendParameter({ state, scenarioSet, symbol: 'WETH', param: 'liquidationThreshold', varBoundUsd: 1e15, tolerance: 1 })
  expect(atCurrent.evaluations).toBe(1)
  // With today's VaR as the bound, the answer is at least today's threshold (VaR is monotone) and keeps VaR within it.
  const today = await stressMarket({ state, scenarioSet })
  expect(today.aggregate.var99Usd).toBeGreaterThan(0)
  const bounded = await recommendParameter({ state, scenarioSet, symbol: 'WETH', param: 'liquidationThreshold', varBoundUsd: today.aggregate.var99Usd })
  expect(Number(bounded.largestSafe)).toBeGreaterThanOrEqual(Number(state.assets[0].liquidationThreshold) - 0.0025)
  expect(Number(bounded.largestSafe)).toBeLessThanOrEqual(0.9524)
  expect(bounded.varAtLargestSafeUsd).toBeLessThanOrEqual(today.aggregate.var99Usd)
})

test('errors: an asset the market does not list', async () => {
  const state = tinyMarket({ positions: [] })
  const scenarioSet = await defaultScenarioSet({ state, seed: 1, monteCarloScenarios: 0 })
  await expect(recommendParameter({ state, scenarioSet, symbol: 'WBTC', param: 'collateralFactor', varBoundUsd: 0 })).rejects.toThrow(/WBTC/)
})
