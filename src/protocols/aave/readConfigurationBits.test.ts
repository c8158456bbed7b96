import { expect, test } from 'vitest'
import { readConfigurationBits } from './readConfigurationBits.ts'

// Aave proposal 83 (June 2022), stETH on the Aave v2 Ethereum pool: the exact configuration words before and
// after, from /work/shared/data/proposals/aave-v2-gov/aave-v2-eth-proposal-083.json (`rawReserveConfigurationBitmaps`).
// Bits 0–79 are laid out the same in v2 and v3; the proposal raised LT 81 % → 90 % and froze stETH.
const stEthBefore = 18446821244024599616244n
const stEthAfter = 18446965359212734454516n

test('default: reads LTV, threshold, bonus, decimals, flags and reserve factor', () => {
  expect(readConfigurationBits(stEthBefore)).toMatchObject({
    ltvBps: 6900n,
    liquidationThresholdBps: 8100n,
    liquidationBonusBps: 10750n,
    decimals: 18,
    active: true,
    frozen: false,
    borrowingEnabled: false,
    reserveFactorBps: 1000n,
  })
})

test('behavior: the proposal-83 change reads as LT 8100 → 9000 and frozen false → true', () => {
  const before = readConfigurationBits(stEthBefore)
  const after = readConfigurationBits(stEthAfter)
  expect([before.liquidationThresholdBps, after.liquidationThresholdBps]).toEqual([8100n, 9000n])
  expect([before.frozen, after.frozen]).toEqual([false, true])
  expect(after.ltvBps).toBe(before.ltvBps)
})

test('behavior: caps and debt ceiling come from the high bits', () => {
  const word = (2_000n << 80n) | (40_000n << 116n) | (1_000_000_00n << 212n) | (3n << 168n)
  expect(readConfigurationBits(word)).toMatchObject({ borrowCap: 2_000n, supplyCap: 40_000n, debtCeilingCents: 100_000_000n, eModeCategory: 3 })
})
