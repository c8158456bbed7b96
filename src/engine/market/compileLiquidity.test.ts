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

test('errors: a curve that is not a curve', () => {
  expect(() => compileLiquidity({ kind: 'constant-product', depthUsd: '0', source: 'x' })).toThrow(/positive/)
  expect(() => compileLiquidity({ kind: 'points', points: [{ sizeUsd: '100', slippage: '1.5' }], source: 'x' })).toThrow(/slippage/)
})
