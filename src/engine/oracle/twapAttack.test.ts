import { expect, test } from 'vitest'
import { twapAttack } from './twapAttack.ts'

const pool = { kind: 'uniswap-v2' as const, fee: 0.003, blockSeconds: 12, windowSeconds: 0 }

test('default: a thin spot-priced collateral with a deep market to borrow from pays', () => {
  const result = twapAttack({ ...pool, quoteReserveUsd: 250_000, collateralFactor: 0.6, borrowableUsd: 20_000_000, collateralCapUsd: Number.POSITIVE_INFINITY })
  expect(result.pays).toBe(true)
  // profit = borrowed − collateral − cost, at the chosen factor
  expect(result.profitUsd).toBeCloseTo(result.borrowedUsd - result.collateralUsd - result.costWithArbitrageUsd, 6)
  expect(result.borrowedUsd).toBeCloseTo(20_000_000, 0)
})

test('behavior: a deep pool or a low collateral factor makes the attack cost more than it yields', () => {
  const deep = twapAttack({ ...pool, quoteReserveUsd: 500_000_000, collateralFactor: 0.6, borrowableUsd: 20_000_000, collateralCapUsd: Number.POSITIVE_INFINITY })
  expect(deep.pays).toBe(false)
  // a supply cap bounds what the attacker can post, and so what it can borrow
  const capped = twapAttack({ ...pool, quoteReserveUsd: 250_000, collateralFactor: 0.6, borrowableUsd: 20_000_000, collateralCapUsd: 10_000 })
  expect(capped.borrowedUsd).toBeLessThan(20_000_000)
  expect(capped.profitUsd).toBeLessThan(twapAttack({ ...pool, quoteReserveUsd: 250_000, collateralFactor: 0.6, borrowableUsd: 20_000_000, collateralCapUsd: Number.POSITIVE_INFINITY }).profitUsd)
})
