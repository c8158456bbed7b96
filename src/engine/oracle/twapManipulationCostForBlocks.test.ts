import { expect, test } from 'vitest'
import { twapManipulationCostForBlocks } from './twapManipulationCostForBlocks.ts'

const pool = { quoteReserveUsd: 1_000_000, fee: 0.003, blockSeconds: 12, windowSeconds: 1800 }

/** Uniswap v3's oracle, as its whitepaper §5.2 defines it: the window's tick accumulator difference ÷ its length, price 1.0001^tick. */
function geometricTwap(spotByBlock: number[]): number {
  const tickCumulative = spotByBlock.reduce((sum, spot) => sum + Math.log(spot) / Math.log(1.0001), 0)
  return 1.0001 ** (tickCumulative / spotByBlock.length)
}
/** Uniswap v2's: the price accumulator difference ÷ the window (whitepaper §2.2). */
const arithmeticTwap = (spotByBlock: number[]) => spotByBlock.reduce((sum, spot) => sum + spot, 0) / spotByBlock.length
const window = (blocks: number, spot: number) => Array.from({ length: 150 }, (_, block) => (block < blocks ? spot : 1))

test('default: a 30-minute v3 TWAP moved 20 % by two manipulated blocks needs the spot at 1.2^75 (worked by hand)', () => {
  const result = twapManipulationCostForBlocks({ ...pool, factor: 1.2, blocks: 2, kind: 'uniswap-v3' })
  expect(result.windowBlocks).toBe(150)
  expect(result.spotFactor).toBeCloseTo(1.2 ** 75, 0)
  // the accumulator over the window reads exactly the target
  expect(geometricTwap(window(2, result.spotFactor))).toBeCloseTo(1.2, 10)
  // swap-in y(√s − 1); arbitrage per block y(√s + 1/√s − 2) + .3 % of the swap-in; two blocks of it
  const root = Math.sqrt(1.2 ** 75)
  expect(result.capitalUsd).toBeCloseTo(1e6 * (root - 1), 0)
  expect(result.arbitrageCostPerBlockUsd).toBeCloseTo(1e6 * (root + 1 / root - 2) + 0.003 * 1e6 * (root - 1), 0)
  expect(result.costWithArbitrageUsd).toBeCloseTo(2 * result.arbitrageCostPerBlockUsd, 6)
  expect(result.costWithoutArbitrageUsd).toBeCloseTo(2 * 0.003 * result.capitalUsd, 6)
})

test('behavior: the spot an arithmetic (v2) TWAP needs over m blocks is 1 + (k − 1)·W/m, checked against the accumulator', () => {
  for (const blocks of [1, 10, 75, 150]) {
    const result = twapManipulationCostForBlocks({ ...pool, factor: 2, blocks, kind: 'uniswap-v2' })
    expect(result.spotFactor).toBeCloseTo(1 + 150 / blocks, 12)
    expect(arithmeticTwap(window(blocks, result.spotFactor))).toBeCloseTo(2, 12)
  }
  // geometric, holding every block: the spot is the target itself
  expect(twapManipulationCostForBlocks({ ...pool, factor: 2, blocks: 150, kind: 'uniswap-v3' }).spotFactor).toBeCloseTo(2, 12)
})

test('behavior: a spot oracle (window 0) is one block; a constant-product push of 4× costs y(√4 − 1) = y', () => {
  const result = twapManipulationCostForBlocks({ ...pool, windowSeconds: 0, factor: 4, blocks: 1, kind: 'uniswap-v2' })
  expect(result).toMatchObject({ windowBlocks: 1, blocks: 1 })
  expect(result.capitalUsd).toBeCloseTo(1_000_000, 6)
  // y(2 + 1/2 − 2) = .5 y lost to arbitrage, plus the fee on the push
  expect(result.costWithArbitrageUsd).toBeCloseTo(503_000, 6)
})

test('errors: a factor below 1 or a fractional number of blocks is refused', () => {
  expect(() => twapManipulationCostForBlocks({ ...pool, factor: 0.5, blocks: 1, kind: 'uniswap-v3' })).toThrow(/at least 1/)
  expect(() => twapManipulationCostForBlocks({ ...pool, factor: 2, blocks: 1.5, kind: 'uniswap-v3' })).toThrow(/whole number/)
})
