import { expect, test } from 'vitest'
import { compileLiquidity, INFINITE_LIQUIDITY, slippageAt } from './compileLiquidity.ts'
import { sizeAtSlippage } from './sizeAtSlippage.ts'

test('default: a constant-product pool $9M deep sells $1M at 10 % (1/(9 + 1))', () => {
  expect(sizeAtSlippage(compileLiquidity({ kind: 'constant-product', depthUsd: '9000000', source: 'worked example' }), 0.1)).toBeCloseTo(1_000_000, 6)
})

test('behavior: points and Cont–Schaanning curves are inverted by bisection; a curve that never gets there is infinite', () => {
  const points = compileLiquidity({ kind: 'points', points: [{ sizeUsd: '1000000', slippage: '0.0077' }], source: 'aave proposal figure' })
  expect(sizeAtSlippage(points, 0.0077)).toBeCloseTo(1_000_000, 0)
  const impact = compileLiquidity({ kind: 'cont-schaanning', averageDailyVolumeUsd: '100000000', dailyVolatility: '0.05', horizonDays: '1', depthConstant: '1', floorPriceRatio: '0.5', source: 'x' })
  const size = sizeAtSlippage(impact, 0.05)
  expect(slippageAt(impact, size)).toBeCloseTo(0.05, 9)
  expect(sizeAtSlippage(impact, 0.6)).toBe(Number.POSITIVE_INFINITY)
  expect(sizeAtSlippage(INFINITE_LIQUIDITY, 0.05)).toBe(Number.POSITIVE_INFINITY)
})
