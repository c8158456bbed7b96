import { expect, test } from 'vitest'
import { autoDeleverage } from './autoDeleverage.ts'
import { lossWaterfall } from './lossWaterfall.ts'

test('default: the loss beyond the insurance fund is taken from the highest-ranked profitable positions', () => {
  // $1.5M of bad debt: $0.5M of reserves, $0.4M of insurance, $0.6M left for auto-deleveraging.
  const waterfall = lossWaterfall(1_500_000, 500_000, 400_000)
  expect(waterfall).toEqual({ reservesDrawUsd: 500_000, insuranceDrawUsd: 400_000, socialisedLossUsd: 600_000 })
  const { draws, uncoveredUsd } = autoDeleverage(waterfall.socialisedLossUsd, [
    { account: 'a', profitUsd: 300_000, leverage: 2, marginUsd: 1_000_000 }, // rank 0.6
    { account: 'b', profitUsd: 200_000, leverage: 10, marginUsd: 100_000 }, // rank 20
    { account: 'c', profitUsd: 500_000, leverage: 5, marginUsd: 1_000_000 }, // rank 2.5
    { account: 'd', profitUsd: -50_000, leverage: 20, marginUsd: 10_000 }, // a loser: never drawn
  ])
  expect(draws).toEqual([
    { account: 'b', drawUsd: 200_000 },
    { account: 'c', drawUsd: 400_000 },
  ])
  expect(uncoveredUsd).toBe(0)
})

test('behavior: when profits do not cover the loss, the rest is reported as uncovered', () => {
  expect(autoDeleverage(100, [{ account: 'a', profitUsd: 30, leverage: 1, marginUsd: 100 }])).toEqual({ draws: [{ account: 'a', drawUsd: 30 }], uncoveredUsd: 70 })
})
