import { expect, test } from 'vitest'
import { smartLtv, smartLtvConfidence } from './smartLtv.ts'

test('default: SmartLTV’s own worked case — $1M liquidity, 10 % volatility, $200k cap, 5 % bonus, confidence 3 → 82.44 %', () => {
  // backstop-protocol/smart-ltv test/unit/core/SmartLTV.t.sol, testLTVCalculationExact: assertApproxEqAbs(ltv, 0.82444657e18, 1e10)
  expect(smartLtv({ volatility: 0.1, liquidityUsd: 1_000_000, debtUsd: 200_000, liquidationBonus: 0.05, confidence: 3 })).toBeCloseTo(0.82444657, 8)
})

test('behavior: more debt per unit of liquidity, more volatility or more confidence lower the LTV; no limit leaves 1 − β', () => {
  const base = { volatility: 0.1, liquidityUsd: 1_000_000, debtUsd: 200_000, liquidationBonus: 0.05, confidence: 3 }
  expect(smartLtv({ ...base, debtUsd: 800_000 })).toBeLessThan(smartLtv(base))
  expect(smartLtv({ ...base, volatility: 0.2 })).toBeLessThan(smartLtv(base))
  expect(smartLtv({ ...base, confidence: 5 })).toBeLessThan(smartLtv(base))
  expect(smartLtv({ ...base, liquidityUsd: Number.POSITIVE_INFINITY })).toBeCloseTo(0.95, 12)
  // the contract's MAX_MANTISSA case (999 % volatility, cap = liquidity, c = 4.9, β = 19 %) is 0
  expect(smartLtv({ volatility: 9.99, liquidityUsd: 1e7, debtUsd: 1e7, liquidationBonus: 0.19, confidence: 4.9 })).toBe(0)
})

test('behavior: the confidence an LTV implies inverts the formula', () => {
  const base = { volatility: 0.1, liquidityUsd: 1_000_000, debtUsd: 200_000, liquidationBonus: 0.05 }
  expect(smartLtvConfidence({ ...base, ltv: smartLtv({ ...base, confidence: 3 }) })).toBeCloseTo(3, 10)
  expect(smartLtvConfidence({ ...base, ltv: 0.96 })).toBeLessThan(0)
})

test('errors: a bonus of 100 % or a negative volatility is refused', () => {
  expect(() => smartLtv({ volatility: -1, liquidityUsd: 1, debtUsd: 1, liquidationBonus: 0.05, confidence: 1 })).toThrow(/SmartLTV/)
  expect(() => smartLtv({ volatility: 0.1, liquidityUsd: 1, debtUsd: 1, liquidationBonus: 1, confidence: 1 })).toThrow(/SmartLTV/)
})
