import { toFunctionSelector } from 'viem'
import type { Hex } from '../../model.ts'

// Functions that governance calls often and Firebreak recognises but does not simulate. They stay
// UnknownActions (a verdict goes to REVIEW) with a reason that names them instead of "unknown selector".
const entries: [signature: string, why: string][] = [
  ['setReserveInterestRateStrategyAddress(address,address)', 'Aave interest-rate strategy change: rates are not modelled'],
  ['setReserveInterestRateStrategyAddress(address,address,bytes)', 'Aave interest-rate strategy change: rates are not modelled'],
  ['setReserveInterestRateData(address,bytes)', 'Aave interest-rate data change: rates are not modelled'],
  ['enableReserveStableRate(address)', 'Aave stable-rate borrowing flag: not modelled'],
  ['disableReserveStableRate(address)', 'Aave stable-rate borrowing flag: not modelled'],
  ['setReserveStableRateBorrowing(address,bool)', 'Aave stable-rate borrowing flag: not modelled'],
  ['setReserveFlashLoaning(address,bool)', 'Aave flash-loan flag: not modelled'],
  ['setBorrowableInIsolation(address,bool)', 'Aave borrowable-in-isolation flag: not modelled'],
  ['setSiloedBorrowing(address,bool)', 'Aave siloed-borrowing flag: not modelled'],
  ['setUnbackedMintCap(address,uint256)', 'Aave portal unbacked mint cap: not modelled'],
  ['_setInterestRateModel(address)', 'Compound interest-rate model change: rates are not modelled'],
  ['transfer(address,uint256)', 'token transfer: treasury movement, not a risk parameter'],
  ['approve(address,uint256)', 'token approval: treasury movement, not a risk parameter'],
  ['_setVotingDelay(uint256)', 'governance parameter, not a market risk parameter'],
  ['_setVotingPeriod(uint256)', 'governance parameter, not a market risk parameter'],
]

/** Selector → "signature: why it is not simulated". */
export const nonRiskFunctions: ReadonlyMap<Hex, string> = new Map(
  entries.map(([signature, why]) => [toFunctionSelector(signature), `${signature}: ${why}`]),
)
