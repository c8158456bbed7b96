import { CALL_EXECUTED, CALL_NOTHING_TO_SEIZE, CALL_WRITTEN_OFF, type LiquidationContext } from './liquidationContext.ts'
import { largestEntries } from './positionHealth.ts'
import { settleLiquidationCall } from './settleLiquidationCall.ts'

/** Aave v3.3 LiquidationLogic.CLOSE_FACTOR_HF_THRESHOLD: at or below this health factor the whole debt may be repaid. */
export const CLOSE_FACTOR_HF_THRESHOLD = 0.95
/** Aave v3.3 LiquidationLogic.DEFAULT_LIQUIDATION_CLOSE_FACTOR. */
export const DEFAULT_LIQUIDATION_CLOSE_FACTOR = 0.5
/** Aave v3.3 LiquidationLogic.MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD ($2,000): smaller reserves of a position close in full. */
export const MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD = 2_000
/** Aave v3.3 LiquidationLogic.MIN_LEFTOVER_BASE ($1,000): a partial liquidation must leave at least this much of both. */
export const MIN_LEFTOVER_BASE_USD = 1_000

const entries = new Int32Array(2)

/**
 * One `liquidationCall` by Aave v3.3's rules (LiquidationLogic.executeLiquidationCall) on the position's largest
 * collateral and largest debt: repay half the debt reserve, or all of it at HF ≤ 0.95 or when the collateral or debt
 * reserve is under $2,000 (_calculateDebt); go in full rather than leave less than $1,000 of either (MUST_NOT_LEAVE_DUST);
 * seize repaid·(1 + bonus), capped by the collateral there is (_calculateAvailableCollateralToLiquidate); the protocol fee
 * is its share of the bonus. When no collateral is left, the remaining debt is burnt as a deficit (_burnBadDebt).
 */
export function aaveV3LiquidationCall(context: LiquidationContext, position: number, health: number): number {
  const { market, collateral, debt, oraclePrice } = context
  largestEntries(context, position, entries)
  const [collateralEntry, debtEntry] = entries
  if (debtEntry < 0) return CALL_NOTHING_TO_SEIZE
  if (collateralEntry < 0) return burnDeficit(context, position) > 0 ? CALL_WRITTEN_OFF : CALL_NOTHING_TO_SEIZE
  const collateralAsset = market.entryAsset[collateralEntry]
  const collateralReserveUsd = collateral[collateralEntry] * oraclePrice[market.entryPrice[collateralEntry]]
  const debtReserveUsd = debt[debtEntry] * oraclePrice[market.entryPrice[debtEntry]]
  // LiquidationLogic._getConfigurationData: the eMode category's bonus when the account and the collateral are in it.
  const bonus = market.entryLiquidationBonus[collateralEntry]
  const halfOnly = collateralReserveUsd >= MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD && debtReserveUsd >= MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD && health > CLOSE_FACTOR_HF_THRESHOLD
  const fullRepayUsd = Math.min(debtReserveUsd, collateralReserveUsd / (1 + bonus))
  let repayUsd = halfOnly ? Math.min(debtReserveUsd * DEFAULT_LIQUIDATION_CLOSE_FACTOR, fullRepayUsd) : fullRepayUsd
  const leavesDust = repayUsd < debtReserveUsd && repayUsd * (1 + bonus) < collateralReserveUsd && (debtReserveUsd - repayUsd < MIN_LEFTOVER_BASE_USD || collateralReserveUsd - repayUsd * (1 + bonus) < MIN_LEFTOVER_BASE_USD)
  if (leavesDust) repayUsd = fullRepayUsd
  const seizedUsd = repayUsd * (1 + bonus)
  const protocolFeeUsd = (seizedUsd - repayUsd) * market.liquidationProtocolFee[collateralAsset]
  const outcome = settleLiquidationCall(context, { collateralEntry, debtEntry, collateralReserveUsd, debtReserveUsd, repayUsd, seizedUsd, protocolFeeUsd })
  if (outcome === CALL_EXECUTED) burnDeficit(context, position)
  return outcome
}

/** Aave v3.3 LiquidationLogic._burnBadDebt: an account with debt and no collateral left has its debt written off as a deficit. */
function burnDeficit({ market, collateral, debt, oraclePrice, tally }: LiquidationContext, position: number): number {
  const start = market.entryStart[position]
  const end = market.entryStart[position + 1]
  for (let entry = start; entry < end; entry++) if (collateral[entry] > 0 && market.collateralEnabled[market.entryAsset[entry]]) return 0
  let deficitUsd = 0
  for (let entry = start; entry < end; entry++) {
    deficitUsd += debt[entry] * oraclePrice[market.entryPrice[entry]]
    debt[entry] = 0
  }
  tally.badDebtUsd += deficitUsd
  return deficitUsd
}
