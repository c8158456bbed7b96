import { expect, test } from 'vitest'
import { randomMarket } from '../../../test/support/randomMarket.ts'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import type { MarketState, Scenario } from '../../model.ts'
import { CALM_NETWORK, defaultScenarioSet } from '../defaultScenarioSet.ts'
import { compileMarket } from '../market/compileMarket.ts'
import { stressMarket } from '../stressMarket.ts'
import { createScenarioRunner } from './createScenarioRunner.ts'

const drop = (id: string, paths: Record<string, number[]>, network = CALM_NETWORK): Scenario => ({ id, kind: 'shock', label: id, paths, network })

test('default: the indexed engine and the straightforward implementation give the same numbers', async () => {
  for (const protocol of ['aave-v3', 'compound-v2', 'compound-v3'] as const) {
    const state = randomMarket({ seed: 11, positions: 300, protocol, liquidityScale: 0.01 })
    const scenarioSet = await defaultScenarioSet({ state, seed: 5, monteCarloScenarios: 40 })
    const engine = await stressMarket({ state, scenarioSet })
    const reference = await stressMarket({ state, scenarioSet, indexing: 'none' })
    expect(engine).toEqual(reference)
    expect(engine.aggregate.liquidatedUsd).toBeGreaterThan(0)
  }
})

test('behavior: liquidation selling into thin liquidity moves the price further (cascade)', () => {
  const positions = Array.from({ length: 40 }, (_, i) => ({ account: `0x${i}`, collateral: { WETH: '10' }, debt: { USDC: String(11_000 + i * 100) } }))
  const deep = tinyMarket({ positions })
  const thin: MarketState = { ...deep, liquidity: { WETH: { kind: 'constant-product', depthUsd: '20000000', source: 'test' } } }
  const scenario = drop('weth-25', { WETH: [0.75] })
  const deepResult = createScenarioRunner(compileMarket(deep), { indexing: 'sorted' })(scenario)
  const thinResult = createScenarioRunner(compileMarket(thin), { indexing: 'sorted' })(scenario)
  expect(deepResult.priceImpact).toBe(0)
  expect(deepResult.amplification).toBe(1)
  expect(thinResult.priceImpact).toBeGreaterThan(0.02)
  expect(thinResult.amplification).toBeGreaterThan(1.05)
  expect(thinResult.cascadeDepth).toBeGreaterThan(1)
  expect(thinResult.cascade?.[0].price).toBeLessThan(2000 * 0.75)
  expect(thinResult.frictionUsd).toBeGreaterThan(0)
})

test('behavior: Cont–Schaanning impact is a liquidity model per asset: thinner volume, deeper cascade', () => {
  const positions = Array.from({ length: 40 }, (_, i) => ({ account: `0x${i}`, collateral: { WETH: '10' }, debt: { USDC: String(11_000 + i * 100) } }))
  const base = tinyMarket({ positions })
  // WETH sold into a market of the given daily volume, σ 4 %/day, one-day horizon, c = 1, floor at half the price
  const withVolume = (averageDailyVolumeUsd: string): MarketState => ({
    ...base,
    liquidity: { WETH: { kind: 'cont-schaanning', averageDailyVolumeUsd, dailyVolatility: '0.04', horizonDays: '1', depthConstant: '1', floorPriceRatio: '0.5', source: 'test' } },
  })
  const scenario = drop('weth-25', { WETH: [0.75] })
  const deep = createScenarioRunner(compileMarket(withVolume('100000000000')), { indexing: 'sorted' })(scenario)
  const thin = createScenarioRunner(compileMarket(withVolume('1000000')), { indexing: 'sorted' })(scenario)
  expect(thin.priceImpact).toBeGreaterThan(deep.priceImpact)
  expect(thin.frictionUsd).toBeGreaterThan(deep.frictionUsd ?? 0)
  // the floor: liquidation selling never takes the price more than 50 % below where the scenario put it
  expect(thin.priceImpact).toBeLessThanOrEqual(0.5)
})

test('behavior: a fixed oracle hides a depeg from the protocol; the loss still counts at market prices', () => {
  const borrower = { account: '0x01', collateral: { USDC: '10000' }, debt: { WETH: '3.5' } } // HF = 8,000 / 7,000
  const followed = tinyMarket({ positions: [borrower] })
  const fixed: MarketState = { ...followed, assets: followed.assets.map((asset) => (asset.symbol === 'USDC' ? { ...asset, oracle: { ...asset.oracle, kind: 'fixed' as const } } : asset)) }
  const depeg = drop('usdc-60', { USDC: [0.6] })
  const seen = createScenarioRunner(compileMarket(followed), { indexing: 'sorted' })(depeg)
  const hidden = createScenarioRunner(compileMarket(fixed), { indexing: 'sorted' })(depeg)
  expect(seen.liquidations).toBeGreaterThan(0)
  expect(hidden.liquidations).toBe(0)
  // 3.5 WETH of debt ($7,000) against USDC worth $6,000 at market: $1,000 insolvent.
  expect(hidden.badDebtUsd).toBeCloseTo(1_000, 6)
})

test('behavior: block gas caps liquidations per step; what waits is counted as failed', () => {
  const positions = Array.from({ length: 10 }, (_, i) => ({ account: `0x${i}`, collateral: { WETH: '10' }, debt: { USDC: '15500' } }))
  const state = tinyMarket({ positions })
  const congested = { ...CALM_NETWORK, blockGasForLiquidations: 400_000, blocksPerStep: 3 } // room for 3 liquidations a step
  const result = createScenarioRunner(compileMarket(state), { indexing: 'sorted' })(drop('weth-10', { WETH: [0.9] }, congested))
  expect(result.liquidations).toBe(3)
  expect(result.failedLiquidations).toBe(7)
})

test('behavior: a liquidation happens only when bonus − slippage − gas > 0', () => {
  // A $1,000 position: the 5 % bonus on ~$470 repaid is ~$23; at 3,000 gwei × 400k gas × $1,800 gas costs $2,160.
  const state = tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '0.5' }, debt: { USDC: '780' } }] })
  const run = createScenarioRunner(compileMarket(state), { indexing: 'sorted' })
  expect(run(drop('calm', { WETH: [0.9] })).liquidations).toBe(1)
  const expensive = run(drop('congested', { WETH: [0.9] }, { ...CALM_NETWORK, gasPriceGwei: 3_000 }))
  expect(expensive.liquidations).toBe(0)
  expect(expensive.failedLiquidations).toBe(1)
})

test('behavior: a circuit breaker pauses liquidations in volatile steps and reports them', () => {
  const state = tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '15500' } }] })
  const scenario = drop('crash-then-calm', { WETH: [0.85, 0.84] })
  const open = createScenarioRunner(compileMarket(state), { indexing: 'sorted' })(scenario)
  const breaker = createScenarioRunner(compileMarket(state), { indexing: 'sorted', circuitBreaker: { volatilityThreshold: 0.1 } })(scenario)
  expect(open.cascade?.[0].liquidatedUsd).toBeGreaterThan(0)
  expect(breaker.pausedSteps).toBe(1)
  expect(breaker.cascade?.[0].liquidatedUsd).toBe(0)
  expect(breaker.cascade?.[1].liquidatedUsd).toBeGreaterThan(0) // the calm second step liquidates
})

test('behavior: in thin liquidity slippage eats the bonus, liquidations stop and the rest becomes bad debt', () => {
  const positions = Array.from({ length: 40 }, (_, i) => ({ account: `0x${i}`, collateral: { WETH: '10' }, debt: { USDC: String(11_000 + i * 100) } }))
  const thin: MarketState = { ...tinyMarket({ positions }), liquidity: { WETH: { kind: 'constant-product', depthUsd: '2000000', source: 'test' } } }
  const result = createScenarioRunner(compileMarket(thin), { indexing: 'sorted' })(drop('weth-25', { WETH: [0.75] }))
  expect(result.liquidations).toBeLessThan(10)
  expect(result.failedLiquidations).toBeGreaterThan(20)
  expect(result.badDebtUsd).toBeGreaterThan(0)
})

test('behavior: a TWAP oracle lags the market, so a sudden drop liquidates later', () => {
  const state = tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '15500' } }] })
  const twap: MarketState = { ...state, assets: state.assets.map((asset) => (asset.symbol === 'WETH' ? { ...asset, oracle: { ...asset.oracle, kind: 'twap' as const, twapWindowSeconds: 86_400 } } : asset)) }
  const scenario: Scenario = { ...drop('weth-15-and-stay', { WETH: [0.85, 0.85, 0.85, 0.85, 0.85, 0.85] }), stepSeconds: 14_400 }
  const chainlink = createScenarioRunner(compileMarket(state), { indexing: 'sorted' })(scenario)
  const lagging = createScenarioRunner(compileMarket(twap), { indexing: 'sorted' })(scenario)
  const firstLiquidation = (result: ReturnType<ReturnType<typeof createScenarioRunner>>) => result.cascade?.findIndex((step) => step.liquidatedUsd > 0)
  expect(firstLiquidation(chainlink)).toBe(0)
  // A 24-hour TWAP sampled every 4 hours reads 1 − 0.15·(k+1)/6 at step k: HF = 16,500·twap / 15,500 < 1 from k = 2.
  // But the liquidator is paid collateral at the lagging TWAP and sells it at the market's 0.85: only when
  // 1.05 · 0.85 / twap > 1 (twap < 0.8925, k = 4) does the bonus cover it. Steps 2 and 3 count a failed liquidation each.
  expect(firstLiquidation(lagging)).toBe(4)
  expect(lagging.failedLiquidations).toBe(2)
})
