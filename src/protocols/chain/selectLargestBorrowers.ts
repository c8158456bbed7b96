import { type Address, formatUnits } from 'viem'

/** One account's collateral and debt in USD with 18 decimals, as a loader measured them at the pinned block. */
export type AccountExposure = { account: Address; collateralUsdWad: bigint; debtUsdWad: bigint }

export type SelectLargestBorrowersParameters = { exposures: AccountExposure[]; limit: number }

export type SelectLargestBorrowersReturnType = {
  /** The `limit` accounts with the most debt, largest first. */
  selected: Address[]
  /** Accounts with debt that were not selected, summed. */
  tail: { accounts: number; collateralUsd: string; debtUsd: string }
  /** Accounts seen in events that hold no debt at the block. */
  withoutDebt: number
}

/** Picks the largest borrowers to load one by one and sums the rest, so a bounded load says what it left out. */
export function selectLargestBorrowers({ exposures, limit }: SelectLargestBorrowersParameters): SelectLargestBorrowersReturnType {
  const borrowers = exposures.filter((exposure) => exposure.debtUsdWad > 0n)
  borrowers.sort((a, b) => (a.debtUsdWad === b.debtUsdWad ? a.account.localeCompare(b.account) : a.debtUsdWad > b.debtUsdWad ? -1 : 1))
  const rest = borrowers.slice(limit)
  return {
    selected: borrowers.slice(0, limit).map((exposure) => exposure.account),
    tail: {
      accounts: rest.length,
      collateralUsd: formatUnits(rest.reduce((sum, exposure) => sum + exposure.collateralUsdWad, 0n), 18),
      debtUsd: formatUnits(rest.reduce((sum, exposure) => sum + exposure.debtUsdWad, 0n), 18),
    },
    withoutDebt: exposures.length - borrowers.length,
  }
}
