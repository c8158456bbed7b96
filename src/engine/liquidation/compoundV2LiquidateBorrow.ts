import { CALL_NOTHING_TO_SEIZE, type LiquidationContext } from './liquidationContext.ts'
import { largestEntries } from './positionHealth.ts'
import { settleLiquidationCall } from './settleLiquidationCall.ts'

const entries = new Int32Array(2)

/**
 * One `liquidateBorrow` by Compound v2's rules: repay at most closeFactor of the borrow (Comptroller.liquidateBorrowAllowed),
 * seize repaid·incentive of collateral (Comptroller.liquidateCalculateSeizeTokens) — no more than the borrower holds, or the
 * call reverts (LIQUIDATE_SEIZE_TOO_MUCH) — and protocolSeizeShare of it goes to reserves (CToken.seizeInternal).
 * Compound v2 has no deficit accounting: debt left without collateral stays as bad debt.
 */
export function compoundV2LiquidateBorrow(context: LiquidationContext, position: number): number {
  const { market, collateral, debt, oraclePrice } = context
  largestEntries(context, position, entries)
  const [collateralEntry, debtEntry] = entries
  if (collateralEntry < 0 || debtEntry < 0) return CALL_NOTHING_TO_SEIZE
  const collateralAsset = market.entryAsset[collateralEntry]
  const collateralUsd = collateral[collateralEntry] * oraclePrice[market.entryPrice[collateralEntry]]
  const borrowUsd = debt[debtEntry] * oraclePrice[market.entryPrice[debtEntry]]
  const incentive = market.entryLiquidationBonus[collateralEntry]
  const repayUsd = Math.min(borrowUsd * market.closeFactor, collateralUsd / (1 + incentive))
  const seizedUsd = repayUsd * (1 + incentive)
  const reservesShareUsd = seizedUsd * market.liquidationProtocolFee[collateralAsset]
  return settleLiquidationCall(context, { collateralEntry, debtEntry, collateralReserveUsd: collateralUsd, debtReserveUsd: borrowUsd, repayUsd, seizedUsd, protocolFeeUsd: reservesShareUsd })
}
