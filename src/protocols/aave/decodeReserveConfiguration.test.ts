import { describe, expect, test } from 'vitest'
import aaveV2Gov from '../../../fixtures/proposals/aave-v2-gov/proposals.json'
import { decodeReserveConfiguration } from './decodeReserveConfiguration.ts'

test('default', () => {
  // YFI on Aave v2 Ethereum after proposal 74 (seatbelt raw bitmap): LTV 46 %, LT 68 %, LB 107.5 %, 18 decimals.
  expect(decodeReserveConfiguration(36893853548110217744888n)).toMatchObject({
    ltv: 4600,
    liquidationThreshold: 6800,
    liquidationBonus: 10750,
    decimals: 18,
    active: true,
    frozen: false,
    borrowingEnabled: true,
    reserveFactor: 2000,
    borrowCap: 0n,
    supplyCap: 0n,
  })
})

const FIELD: Record<string, 'ltv' | 'liquidationThreshold' | 'liquidationBonus' | 'frozen' | 'borrowingEnabled'> = {
  ltv: 'ltv',
  liquidationThreshold: 'liquidationThreshold',
  liquidationBonus: 'liquidationBonus',
  frozen: 'frozen',
  borrowingEnabled: 'borrowingEnabled',
}

describe('behavior: every raw bitmap in the Aave gov v2 fixtures matches seatbelt before/after', () => {
  const cases = aaveV2Gov.proposals.flatMap((p) => p.rawReserveConfigurationBitmaps.map((bitmap) => ({ proposal: p, bitmap })))
  test('there are bitmaps to check', () => expect(cases.length).toBeGreaterThanOrEqual(20))
  for (const { proposal, bitmap } of cases) {
    test(`proposal ${proposal.proposalId} ${bitmap.asset}`, () => {
      const before = decodeReserveConfiguration(BigInt(bitmap.before))
      const after = decodeReserveConfiguration(BigInt(bitmap.after))
      const expected = proposal.expectedChanges.filter((c) => c.asset.toLowerCase() === bitmap.asset.toLowerCase())
      expect(expected.length).toBeGreaterThan(0)
      for (const change of expected) {
        const key = FIELD[change.param]
        expect(String(before[key]), `${change.symbol} ${change.param} before`).toBe(change.before)
        expect(String(after[key]), `${change.symbol} ${change.param} after`).toBe(change.after)
      }
      // Fields no expected change names stay the same.
      const changed = new Set(expected.map((c) => FIELD[c.param]))
      for (const key of Object.keys(before) as (keyof typeof before)[]) {
        if (!changed.has(key as never)) expect(after[key], key).toEqual(before[key])
      }
    })
  }
})

test('errors: not a uint256', () => {
  expect(() => decodeReserveConfiguration(-1n)).toThrow(RangeError)
  expect(() => decodeReserveConfiguration(1n << 256n)).toThrow(RangeError)
})
