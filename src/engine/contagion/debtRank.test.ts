import { expect, test } from 'vitest'
import { debtRank } from './debtRank.ts'

// Worked example reconstructed from the inputs published in the NetworkRiskMeasures README (Cinelli & Silva,
// https://libraries.io/cran/NetworkRiskMeasures, "Example usage"): assets matrix matrix(c(0,10,3,1,0,2,0,3,0), ncol=3)
// over banks a, b, c (a holds 1 of b; b holds 10 of a and 3 of c; c holds 3 of a and 2 of b), capital buffers
// a = 2, b = 5, c = 2, weights 10, 100, 30. The README's printed output is cut in the stored copy, so the expected
// values below are worked by hand from Bardoscia et al. (2015) eq. 10 and Battiston et al. (2012) eqs. 1–3:
// Λ = A_ij / E_i = [[0, .5, 0], [2, 0, .6], [1.5, 1, 0]].
const leverage = [
  [0, 0.5, 0],
  [2, 0, 0.6],
  [1.5, 1, 0],
]
const weights = [10, 100, 30]
const defaultOf = (k: number) => [0, 1, 2].map((i) => (i === k ? 1 : 0))

test('default: linear DebtRank of the default of c (hand-worked)', () => {
  // t1: b += .6·1 = .6; t2: a += .5·.6 = .3; t3: b += 2·.3 → 1, c stays 1; t4: a += .5·.4 → .5
  const result = debtRank({ leverage, shock: defaultOf(2), weights, variant: 'linear' })
  expect(result.distress[0]).toBeCloseTo(0.5, 12)
  expect(result.distress[1]).toBe(1)
  expect(result.debtRank).toBeCloseTo((0.5 * 10 + 100) / 140, 12)
  // the path: c → b → a
  expect(result.reachedFrom).toEqual([1, 2, -1])
})

test('behavior: single-hit DebtRank lets each node propagate once, so it stops at a = 0.3, b = 0.9', () => {
  // t1: D={c}: b += min(1,.6)·1 = .6; t2: D={b}: a += .5·.6 = .3; t3: D={a}: b += min(1,2)·.3 = .9; then no D left.
  const result = debtRank({ leverage, shock: defaultOf(2), weights, variant: 'single-hit' })
  expect(result.distress.map((h) => Number(h.toFixed(12)))).toEqual([0.3, 0.9, 1])
  expect(result.debtRank).toBeCloseTo(93 / 140, 12)
  // Bardoscia et al. (2015): single-hit DebtRank underestimates losses on networks with cycles.
  expect(result.debtRank).toBeLessThan(debtRank({ leverage, shock: defaultOf(2), weights, variant: 'linear' }).debtRank)
})

test('behavior: the default of b hits a by half its buffer and wipes c out in both variants', () => {
  for (const variant of ['linear', 'single-hit'] as const) {
    const result = debtRank({ leverage, shock: defaultOf(1), weights, variant })
    expect(result.distress).toEqual([0.5, 1, 1])
    expect(result.debtRank).toBeCloseTo(35 / 140, 12)
  }
})

test('behavior: below the instability threshold linear DebtRank equals the closed form h∞ = (I − Λ)⁻¹ h(1)', () => {
  // Bardoscia et al. (2015): when the largest eigenvalue of Λ is below 1 and no node saturates,
  // h(∞) = Σ_k Λ^k h(1) = (I − Λ)⁻¹ h(1). Two nodes lending to each other: Λ = [[0, .4], [.5, 0]], shock node 0 by .1.
  const result = debtRank({ leverage: [[0, 0.4], [0.5, 0]], shock: [0.1, 0], variant: 'linear' })
  // (I − Λ)⁻¹ = 1/(1 − .2) · [[1, .4], [.5, 1]] → h = [.125, .0625]
  expect(result.distress[0]).toBeCloseTo(0.125, 10)
  expect(result.distress[1]).toBeCloseTo(0.0625, 10)
  // single-hit: node 1 gets .05, node 0 gets .4·.05 = .02 more and stops: [.12, .05]
  const single = debtRank({ leverage: [[0, 0.4], [0.5, 0]], shock: [0.1, 0], variant: 'single-hit' })
  expect(single.distress[0]).toBeCloseTo(0.12, 12)
  expect(single.distress[1]).toBeCloseTo(0.05, 12)
})

test('errors: a shock outside [0, 1] or a leverage matrix of the wrong size is refused', () => {
  expect(() => debtRank({ leverage, shock: [2, 0, 0], variant: 'linear' })).toThrow(/\[0, 1\]/)
  expect(() => debtRank({ leverage: [[0]], shock: [0, 1], variant: 'linear' })).toThrow(/2×2/)
})
