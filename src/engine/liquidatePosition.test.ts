import { expect, test } from 'vitest'
import { liquidatePosition } from './liquidatePosition.ts'

// WETH at $2,000 (LT 0.825, bonus 5 %, protocol fee 10 % of the bonus) against USDC debt at $1.
const market = {
  price: Float64Array.of(2000, 1),
  liquidationThreshold: Float64Array.of(0.825, 0.8),
  liquidationBonus: Float64Array.of(0.05, 0.045),
  liquidationProtocolFee: Float64Array.of(0.1, 0.1),
  collateralEnabled: Uint8Array.of(1, 1),
}

test('default: a position exactly at its liquidation threshold is not liquidated', () => {
  // 10 WETH × $2,000 × 0.825 = $16,500 of weighted collateral against $16,500 of debt: HF = 1 exactly.
  const outcome = liquidatePosition({ ...market, collateral: Float64Array.of(10, 0), debt: Float64Array.of(0, 16_500) })
  expect(outcome).toEqual({ liquidations: 0, repaidUsd: 0, seizedUsd: 0, protocolFeeUsd: 0, badDebtUsd: 0 })
})

test('behavior: just below the threshold, half the debt is repaid and collateral seized with the bonus', () => {
  const collateral = Float64Array.of(10, 0)
  const debt = Float64Array.of(0, 16_600) // HF = 16,500 / 16,600 = 0.994 > 0.95: close factor 50 %
  const outcome = liquidatePosition({ ...market, collateral, debt })
  expect(outcome.liquidations).toBe(1)
  expect(outcome.repaidUsd).toBeCloseTo(8_300, 6)
  expect(outcome.seizedUsd).toBeCloseTo(8_300 * 1.05, 6)
  expect(outcome.protocolFeeUsd).toBeCloseTo(8_300 * 0.05 * 0.1, 6)
  expect(collateral[0]).toBeCloseTo(10 - 8_715 / 2000, 9)
  expect(debt[1]).toBeCloseTo(8_300, 9)
  expect(outcome.badDebtUsd).toBe(0)
})

test('behavior: collateral worth less than the debt leaves bad debt', () => {
  // 10 WETH at $2,000 = $20,000 against $25,000 of debt: the liquidator takes all the collateral for
  // 20,000 / 1.05 of debt; the rest is bad debt.
  const outcome = liquidatePosition({ ...market, collateral: Float64Array.of(10, 0), debt: Float64Array.of(0, 25_000) })
  expect(outcome.repaidUsd).toBeCloseTo(20_000 / 1.05, 6)
  expect(outcome.badDebtUsd).toBeCloseTo(25_000 - 20_000 / 1.05, 6)
})

test('behavior: value is conserved — repaid plus bad debt equals the debt', () => {
  const debt = Float64Array.of(0, 19_000)
  const outcome = liquidatePosition({ ...market, collateral: Float64Array.of(10, 0), debt })
  expect(outcome.repaidUsd + outcome.badDebtUsd + debt[1]).toBeCloseTo(19_000, 6)
})

test('behavior: Aave v3.3 goes in full rather than leave less than $1,000 of collateral (MUST_NOT_LEAVE_DUST)', () => {
  // LT 0.95: 1.02 WETH ($2,040) against $2,000, HF 0.969 > 0.95 and both reserves ≥ $2,000, so half may be repaid:
  // $1,000 repaid seizes $1,050 and would leave $990 of collateral. The liquidator goes in full instead: repay
  // 2,040 / 1.05 = $1,942.86 for all the collateral, and the $57.14 left is burnt as a deficit.
  const outcome = liquidatePosition({ ...market, liquidationThreshold: Float64Array.of(0.95, 0.8), collateral: Float64Array.of(1.02, 0), debt: Float64Array.of(0, 2_000) })
  expect(outcome.liquidations).toBe(1)
  expect(outcome.repaidUsd).toBeCloseTo(2_040 / 1.05, 9)
  expect(outcome.badDebtUsd).toBeCloseTo(2_000 - 2_040 / 1.05, 9)
})
