import { CALL_EXECUTED, CALL_UNPROFITABLE, DUST, type LiquidationContext } from './liquidationContext.ts'
import { sellCollateral } from './sellCollateral.ts'

export type SettleLiquidationCallParameters = {
  collateralEntry: number
  debtEntry: number
  /** USD value of the position's collateral and debt reserves before the call. */
  collateralReserveUsd: number
  debtReserveUsd: number
  repayUsd: number
  /** Collateral taken from the borrower, bonus included. */
  seizedUsd: number
  /** The part of `seizedUsd` that goes to the protocol, not the liquidator. */
  protocolFeeUsd: number
}

/**
 * The part every liquidate-and-seize protocol shares (Aave v3 liquidationCall, Compound v2 liquidateBorrow): the
 * liquidator sells what it received for the debt it repaid — and does not call if that loses money — then the
 * position's debt and collateral go down, exactly to zero where the call took all of a reserve.
 */
export function settleLiquidationCall(context: LiquidationContext, call: SettleLiquidationCallParameters): number {
  const { market, collateral, debt, oraclePrice, marketPrice, tally } = context
  const { collateralEntry, debtEntry, collateralReserveUsd, debtReserveUsd, repayUsd, seizedUsd, protocolFeeUsd } = call
  const collateralAsset = market.entryAsset[collateralEntry]
  const debtAsset = market.entryAsset[debtEntry]
  const collateralPrice = oraclePrice[market.entryPrice[collateralEntry]]
  const repayTokens = repayUsd / oraclePrice[market.entryPrice[debtEntry]]
  const receivedTokens = (seizedUsd - protocolFeeUsd) / collateralPrice
  if (sellCollateral(context, collateralAsset, receivedTokens, repayTokens * marketPrice[debtAsset], true) <= 0) return CALL_UNPROFITABLE
  // Full repayment or full seizure leaves exactly zero (floating-point dust would otherwise call again).
  debt[debtEntry] = repayUsd >= debtReserveUsd * (1 - DUST) ? 0 : debt[debtEntry] - repayTokens
  collateral[collateralEntry] = seizedUsd >= collateralReserveUsd * (1 - DUST) ? 0 : collateral[collateralEntry] - seizedUsd / collateralPrice
  tally.liquidations += 1
  tally.repaidUsd += repayUsd
  tally.protocolFeeUsd += protocolFeeUsd
  return CALL_EXECUTED
}
