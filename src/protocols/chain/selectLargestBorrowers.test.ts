import { parseUnits } from 'viem'
import { expect, test } from 'vitest'
import { selectLargestBorrowers } from './selectLargestBorrowers.ts'

const usd = (amount: string) => parseUnits(amount, 18)
const exposures = [
  { account: '0x0000000000000000000000000000000000000001', collateralUsdWad: usd('100'), debtUsdWad: usd('50') },
  { account: '0x0000000000000000000000000000000000000002', collateralUsdWad: usd('1000'), debtUsdWad: usd('700.5') },
  { account: '0x0000000000000000000000000000000000000003', collateralUsdWad: usd('10'), debtUsdWad: 0n },
  { account: '0x0000000000000000000000000000000000000004', collateralUsdWad: usd('300'), debtUsdWad: usd('200') },
] as const

test('default: the largest debts are selected and the rest summed exactly', () => {
  expect(selectLargestBorrowers({ exposures: [...exposures], limit: 1 })).toEqual({
    selected: ['0x0000000000000000000000000000000000000002'],
    tail: { accounts: 2, collateralUsd: '400', debtUsd: '250' },
    withoutDebt: 1,
  })
})

test('behavior: a limit above the borrower count selects every borrower and leaves an empty tail', () => {
  const { selected, tail } = selectLargestBorrowers({ exposures: [...exposures], limit: 10 })
  expect(selected).toHaveLength(3)
  expect(tail).toEqual({ accounts: 0, collateralUsd: '0', debtUsd: '0' })
})
