import { expect, test } from 'vitest'
import { twapManipulationCost } from './twapManipulationCost.ts'
import { twapManipulationCostForBlocks } from './twapManipulationCostForBlocks.ts'

const pool = { quoteReserveUsd: 1_000_000, fee: 0.003, blockSeconds: 12 }

test('default: a spot oracle (window 0) is moved 4× by one push of y(√4 − 1) = y', () => {
  const result = twapManipulationCost({ ...pool, factor: 4, kind: 'uniswap-v2', windowSeconds: 0 })
  expect(result.blocks).toBe(1)
  expect(result.capitalUsd).toBeCloseTo(1_000_000, 6)
  // loss to arbitrage: y(2 + 1/2 − 2) = 0.5 y, plus the fee on the push
  expect(result.costWithArbitrageUsd).toBeCloseTo(500_000 + 3_000, 6)
  expect(result.costWithoutArbitrageUsd).toBeCloseTo(6_000, 6)
})

test('behavior: every m from 1 to W is tried: a v2 (arithmetic) TWAP is moved cheapest by a one-block spike, a v3 (geometric) TWAP by holding the window', () => {
  // 30-minute window = 150 blocks, TWAP factor 2.
  const v2 = twapManipulationCost({ ...pool, factor: 2, kind: 'uniswap-v2', windowSeconds: 1800 })
  expect(v2.blocks).toBe(1)
  expect(v2.spotFactor).toBeCloseTo(1 + 150, 9) // 1 + (k − 1)·W/h
  const v3 = twapManipulationCost({ ...pool, factor: 2, kind: 'uniswap-v3', windowSeconds: 1800 })
  expect(v3.blocks).toBe(150)
  expect(v3.spotFactor).toBeCloseTo(2, 9)
  // holding 2× for 150 blocks: 150 · [y(√2 + 1/√2 − 2) + .003·y(√2 − 1)]
  expect(v3.costWithArbitrageUsd).toBeCloseTo(150 * (1e6 * (Math.SQRT2 + 1 / Math.SQRT2 - 2) + 0.003 * 1e6 * (Math.SQRT2 - 1)), 3)
  // it is the least of the per-m closed form
  for (const blocks of [1, 2, 37, 149, 150]) {
    expect(twapManipulationCostForBlocks({ ...pool, factor: 2, kind: 'uniswap-v2', windowSeconds: 1800, blocks }).costWithArbitrageUsd).toBeGreaterThanOrEqual(v2.costWithArbitrageUsd)
    expect(twapManipulationCostForBlocks({ ...pool, factor: 2, kind: 'uniswap-v3', windowSeconds: 1800, blocks }).costWithArbitrageUsd).toBeGreaterThanOrEqual(v3.costWithArbitrageUsd)
  }
  // a longer window costs more to move
  expect(twapManipulationCost({ ...pool, factor: 2, kind: 'uniswap-v3', windowSeconds: 3600 }).costWithArbitrageUsd).toBeGreaterThan(v3.costWithArbitrageUsd)
})

test('errors: a factor below 1 is refused', () => {
  expect(() => twapManipulationCost({ ...pool, factor: 0.5, kind: 'uniswap-v2', windowSeconds: 0 })).toThrow(/at least 1/)
})
