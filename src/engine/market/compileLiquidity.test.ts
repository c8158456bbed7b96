import { expect, test } from 'vitest'
import { compileLiquidity, executionCostUsd, priceImpactAt, slippageAt } from './compileLiquidity.ts'

test('default: constant product, $10M per side, selling $1M', () => {
  const pool = compileLiquidity({ kind: 'constant-product', depthUsd: '10000000', source: 'worked example' })
  // Uniswap v2 getAmountOut (no fee): out = y·Δx/(x+Δx) = 10M·1M/11M = 909,090.9 → slippage 1/11.
  expect(slippageAt(pool, 1_000_000)).toBeCloseTo(1 / 11, 12)
  expect(executionCostUsd(pool, 0, 1_000_000)).toBeCloseTo(1_000_000 - 10_000_000 / 11, 6)
  // Marginal price after: (x/(x+Δx))² = (10/11)² → impact 1 − 100/121.
  expect(priceImpactAt(pool, 1_000_000)).toBeCloseTo(1 - 100 / 121, 12)
})

test('behavior: points interpolate through the origin and extrapolate linearly', () => {
  // "$1m ETH/AAVE 0.77% on Base" (dex-liquidity-figures-aave-proposals.json) as one point.
  const curve = compileLiquidity({ kind: 'points', points: [{ sizeUsd: '1000000', slippage: '0.0077' }], source: 'aave proposal figure' })
  expect(slippageAt(curve, 500_000)).toBeCloseTo(0.00385, 12)
  expect(slippageAt(curve, 2_000_000)).toBeCloseTo(0.0154, 12)
  expect(slippageAt(curve, 1e12)).toBe(0.99)
})

test('behavior: selling in two halves costs what selling at once costs', () => {
  const pool = compileLiquidity({ kind: 'constant-product', depthUsd: '5000000', source: 'worked example' })
  expect(executionCostUsd(pool, 0, 300_000) + executionCostUsd(pool, 300_000, 700_000)).toBeCloseTo(executionCostUsd(pool, 0, 1_000_000), 6)
})

test('behavior: Cont–Schaanning impact Ψ(q) = (1 − B/S)(1 − e^(−q/δ)), depth D = c·ADV/σ·√τ (worked by hand)', () => {
  // ADV $100M, σ 5 %/day, τ 1 day, c = 1: D = $2B; floor B/S = .5: a = .5, δ = $1B (Cont & Schaanning 2017)
  const curve = compileLiquidity({ kind: 'cont-schaanning', averageDailyVolumeUsd: '100000000', dailyVolatility: '0.05', horizonDays: '1', depthConstant: '1', floorPriceRatio: '0.5', source: 'worked example' })
  expect(curve.impactScaleUsd).toBeCloseTo(1e9, 3)
  // selling $500M moves the price .5(1 − e^−.5) = 19.67 %; the sale itself averages .5(1 − 2(1 − e^−.5)) = 10.65 % below
  expect(priceImpactAt(curve, 5e8)).toBeCloseTo(0.5 * (1 - Math.exp(-0.5)), 12)
  expect(slippageAt(curve, 5e8)).toBeCloseTo(0.5 * (1 - 2 * (1 - Math.exp(-0.5))), 12)
  // small sales: linear impact q/D (1e6 / 2e9), the sale paying half of it on average
  expect(priceImpactAt(curve, 1e6)).toBeCloseTo(5e-4, 6)
  expect(slippageAt(curve, 1e3)).toBeCloseTo(2.5e-7, 12)
  // no sale pushes the price through its floor
  expect(priceImpactAt(curve, 1e15)).toBeCloseTo(0.5, 12)
  // selling in two parts costs what selling at once does, and √τ: a 4-day horizon doubles the depth
  expect(executionCostUsd(curve, 0, 2e8) + executionCostUsd(curve, 2e8, 3e8)).toBeCloseTo(executionCostUsd(curve, 0, 5e8), 3)
  expect(compileLiquidity({ kind: 'cont-schaanning', averageDailyVolumeUsd: '100000000', dailyVolatility: '0.05', horizonDays: '4', depthConstant: '1', floorPriceRatio: '0.5', source: 'x' }).impactScaleUsd).toBeCloseTo(2e9, 3)
})

test('errors: a curve that is not a curve', () => {
  expect(() => compileLiquidity({ kind: 'constant-product', depthUsd: '0', source: 'x' })).toThrow(/positive/)
  expect(() => compileLiquidity({ kind: 'points', points: [{ sizeUsd: '100', slippage: '1.5' }], source: 'x' })).toThrow(/slippage/)
  expect(() =>
    compileLiquidity({ kind: 'cont-schaanning', averageDailyVolumeUsd: '1e8', dailyVolatility: '0', horizonDays: '1', depthConstant: '1', floorPriceRatio: '0.5', source: 'x' }),
  ).toThrow(/Cont–Schaanning/)
})
