import type { AbiEvent, Address } from 'viem'
import type { MarketState } from '../../model.ts'
import type { ChainRead } from './chainRead.ts'
import type { borrowerScanBounds } from './loadStateParameters.ts'
import { scanEventAccounts } from './scanEventAccounts.ts'
import { type AccountExposure, selectLargestBorrowers } from './selectLargestBorrowers.ts'

export type FindLargestBorrowersParameters = {
  read: ChainRead
  /** Contracts whose events name borrowers, the event, and the argument holding the borrower. */
  address: Address | Address[]
  event: AbiEvent
  account: string
  bounds: ReturnType<typeof borrowerScanBounds>
  /** Collateral and debt of each account at the pinned block, in USD with 18 decimals. */
  measure: (accounts: Address[]) => Promise<AccountExposure[]>
  /** How the measurement was made, for the summary ("Pool.getUserAccountData"). */
  measuredWith: string
}

export type FindLargestBorrowersReturnType = {
  selected: Address[]
  positionsTail: NonNullable<MarketState['positionsTail']>
}

/**
 * Borrowers from a protocol's events, measured, the largest kept: scans the event over the bounded window,
 * measures at most `maxCandidates` accounts (most recent first), keeps `maxPositions` by debt and sums the rest.
 */
export async function findLargestBorrowers({ read, address, event, account, bounds, measure, measuredWith }: FindLargestBorrowersParameters): Promise<FindLargestBorrowersReturnType> {
  const scan = await scanEventAccounts({
    client: read.client,
    address,
    event,
    account,
    fromBlock: bounds.fromBlock,
    toBlock: read.blockNumber,
    maxBlockRange: bounds.maxBlockRange,
    maxRequests: bounds.maxRequests,
  })
  const candidates = scan.accounts.slice(0, bounds.maxCandidates)
  const exposures = candidates.length > 0 ? await measure(candidates) : []
  const { selected, tail, withoutDebt } = selectLargestBorrowers({ exposures, limit: bounds.maxPositions })
  const unmeasuredAccounts = scan.accounts.length - candidates.length
  const stoppedEarly = scan.scannedFrom > bounds.fromBlock ? ` (stopped after ${scan.requests} requests; blocks ${bounds.fromBlock}–${scan.scannedFrom - 1n} not read)` : ''
  return {
    selected,
    positionsTail: {
      ...tail,
      unmeasuredAccounts,
      source:
        `${event.name} events in blocks ${scan.scannedFrom}–${scan.toBlock}${stoppedEarly}: ${scan.accounts.length} accounts; ` +
        `${candidates.length} measured with ${measuredWith} at block ${read.blockNumber} (${withoutDebt} without debt); ` +
        `the ${selected.length} largest by debt loaded, ${tail.accounts} more summed here` +
        (unmeasuredAccounts > 0 ? `; ${unmeasuredAccounts} older accounts not measured` : ''),
    },
  }
}
