import { expect, test } from 'vitest'
import { aggregateLosses } from './aggregateLosses.ts'
import { mulberry32 } from './random/mulberry32.ts'

test('default: VaR and ES on ten equally likely losses (Acerbi & Tasche discrete form)', () => {
  const aggregate = aggregateLosses({ losses: [0, 0, 0, 0, 0, 0, 0, 0, 10, 100], liquidatedUsd: 0, lossAbsorbingCapitalUsd: 50 })
  expect(aggregate.expectedBadDebtUsd).toBeCloseTo(11, 12)
  expect(aggregate.var95Usd).toBe(100) // P(L ≤ 10) = 0.9 < 0.95
  expect(aggregate.es95Usd).toBeCloseTo(100, 9)
  expect(aggregate.probabilityOfInsolvency).toBeCloseTo(0.1, 12)
})

test('behavior: Monte Carlo VaR and ES of an exponential loss converge to the closed form', () => {
  // Exponential(λ): VaR_α = −ln(1 − α)/λ, ES_α = VaR_α + 1/λ.
  const random = mulberry32(2024)
  const mean = 1_000_000
  const losses = Float64Array.from({ length: 200_000 }, () => -Math.log(random()) * mean)
  const aggregate = aggregateLosses({ losses, liquidatedUsd: 0, lossAbsorbingCapitalUsd: 0 })
  for (const [alpha, valueAtRisk, expectedShortfall] of [
    [0.95, aggregate.var95Usd, aggregate.es95Usd],
    [0.99, aggregate.var99Usd, aggregate.es99Usd],
  ]) {
    const exact = -Math.log(1 - alpha) * mean
    expect(Math.abs(valueAtRisk / exact - 1)).toBeLessThan(0.02)
    expect(Math.abs(expectedShortfall / (exact + mean) - 1)).toBeLessThan(0.03)
  }
  expect(Math.abs(aggregate.expectedBadDebtUsd / mean - 1)).toBeLessThan(0.01)
})
