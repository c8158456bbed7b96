import { expect, test } from 'vitest'
import { eisenbergNoe } from './eisenbergNoe.ts'

// Worked example: the three-bank network published as the example of `default_clearing` in the systemicrisk
// R package (Gandy & Veraart; https://rdrr.io/cran/systemicrisk/man/default_clearing.html):
//   ea <- c(1/2,5/8,3/4); el <- c(3/2,1/2,1/2); x <- 0.5; L <- matrix(c(0,x,1-x,1-x,0,x,x,1-x,0),nrow=3)
//   default_clearing(L,ea,el); default_clearing(L,ea,el, alpha=0.5, beta=0.7)
// The documentation prints no output, so the expected values are worked by hand below (Eisenberg & Noe 2001,
// fictitious default) and checked against plain Picard iteration of the Rogers & Veraart (2013) map from p̄.
const liabilities = [
  [0, 0.5, 0.5],
  [0.5, 0, 0.5],
  [0.5, 0.5, 0],
]
const externalAssets = [1 / 2, 5 / 8, 3 / 4]
const externalLiabilities = [3 / 2, 1 / 2, 1 / 2]

/** Picard iteration of Φ(p)_i = p̄_i if solvent, α e_i + β Σ_j Π_ji p_j otherwise, from p̄ (Rogers & Veraart 2013, Lemma 3.4). */
function picard(alpha: number, beta: number): number[] {
  const obligations = liabilities.map((row, i) => row.reduce((s, v) => s + v, 0) + externalLiabilities[i])
  let p = obligations.slice()
  for (let round = 0; round < 10_000; round++) {
    const inflow = p.map((_, i) => p.reduce((s, pj, j) => s + (liabilities[j][i] / obligations[j]) * pj, 0))
    p = p.map((_, i) => (externalAssets[i] + inflow[i] >= obligations[i] ? obligations[i] : alpha * externalAssets[i] + beta * inflow[i]))
  }
  return p
}

test('default: Eisenberg–Noe clearing of the systemicrisk example (hand-worked)', () => {
  // p̄ = (2.5, 1.5, 1.5); Π = [[0,.2,.2],[1/3,0,1/3],[1/3,1/3,0]].
  // Round 1 at p̄: bank 1 holds .5 + 1 = 1.5 < 2.5 → defaults. Round 2: p1 = .5 + (p2 + p3)/3 = 1.5 leaves
  // bank 2 with .625 + .3 + .5 = 1.425 < 1.5 → defaults. Solving p1 = 1 + p2/3, p2 = 1.125 + .2 p1 (p3 = 1.5):
  // p2 = 159/112, p1 = 165/112; bank 3 holds .75 + .2·165/112 + 159/336 = 1.5179 ≥ 1.5 and pays in full.
  const result = eisenbergNoe({ liabilities, externalAssets, externalLiabilities })
  expect(result.payments[0]).toBeCloseTo(165 / 112, 12)
  expect(result.payments[1]).toBeCloseTo(159 / 112, 12)
  expect(result.payments[2]).toBe(1.5)
  expect(result.defaulted).toEqual([true, true, false])
  expect(result.payments.map((p) => Number(p.toFixed(9)))).toEqual(picard(1, 1).map((p) => Number(p.toFixed(9))))
})

test('behavior: Rogers–Veraart default costs (α = .5, β = .7) turn one default into three', () => {
  // At p̄ bank 1 defaults and pays α·.5 + β·(1.5 + 1.5)/3 = .95; bank 2 then holds .625 + .19 + .5 = 1.315 and
  // bank 3 .75 + .19 + .5 = 1.44, both below 1.5: everyone defaults, p = α e + β Πᵀ p.
  const result = eisenbergNoe({ liabilities, externalAssets, externalLiabilities, alpha: 0.5, beta: 0.7 })
  expect(result.defaulted).toEqual([true, true, true])
  const p = result.payments
  expect(p[0]).toBeCloseTo(0.25 + 0.7 * (p[1] / 3 + p[2] / 3), 12)
  expect(p[1]).toBeCloseTo(0.3125 + 0.7 * (0.2 * p[0] + p[2] / 3), 12)
  expect(p[2]).toBeCloseTo(0.375 + 0.7 * (0.2 * p[0] + p[1] / 3), 12)
  expect(p.map((v) => Number(v.toFixed(9)))).toEqual(picard(0.5, 0.7).map((v) => Number(v.toFixed(9))))
  expect(result.shortfall.reduce((s, v) => s + v, 0)).toBeGreaterThan(
    eisenbergNoe({ liabilities, externalAssets, externalLiabilities }).shortfall.reduce((s, v) => s + v, 0),
  )
})

test('behavior: a network that can pay clears at p̄ with no default', () => {
  const result = eisenbergNoe({ liabilities, externalAssets: [3, 3, 3], externalLiabilities })
  expect(result.payments).toEqual(result.obligations)
  expect(result.defaulted).toEqual([false, false, false])
})

test('errors: default costs outside [0, 1] are refused', () => {
  expect(() => eisenbergNoe({ liabilities, externalAssets, alpha: 1.5 })).toThrow(/alpha and beta/)
})

test('behavior: the three-bank ring of Barucca’s "Big Data Finance" exercise 2 with a 10 % shock (hand-worked)', () => {
  // Inputs from paolobarucca/eisenbergnoe Exercise2.m (no output is published): L = [[0,4,0],[0,0,3],[2,0,0]],
  // external assets (20, 20, 10) shocked by 10 % → (18, 18, 9), external liabilities (17, 18, 8); p̄ = (21, 21, 10).
  // At p̄ bank 1 holds 18 + 2 = 20 < 21 and defaults, paying 18 + (2/10)·10 = 20; bank 2 then holds
  // 18 + (4/21)·20 = 21.81 ≥ 21 and bank 3 holds 9 + 3 = 12 ≥ 10: both pay in full.
  const result = eisenbergNoe({
    liabilities: [
      [0, 4, 0],
      [0, 0, 3],
      [2, 0, 0],
    ],
    externalAssets: [18, 18, 9],
    externalLiabilities: [17, 18, 8],
  })
  expect(result.payments).toEqual([20, 21, 10])
  expect(result.defaulted).toEqual([true, false, false])
  expect(result.equity[1]).toBeCloseTo(18 + (4 / 21) * 20 - 21, 12)
})
