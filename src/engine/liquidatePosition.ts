import { healthFactor } from './healthFactor.ts'

/** Aave v3 LiquidationLogic: below this health factor the whole debt may be repaid in one call. */
export const CLOSE_FACTOR_HF_THRESHOLD = 0.95
/** Aave v3 LiquidationLogic: the close factor above CLOSE_FACTOR_HF_THRESHOLD. */
export const DEFAULT_LIQUIDATION_CLOSE_FACTOR = 0.5
/** Aave v3.3 LiquidationLogic.MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD: positions smaller than $2,000 close in full. */
export const MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD = 2_000
/** Liquidation calls on one position before the engine gives up (each call at least halves the debt or ends it). */
const MAX_LIQUIDATION_CALLS = 64

export type LiquidationOutcome = {
  liquidations: number
  /** USD of debt repaid by liquidators. */
  repaidUsd: number
  /** USD of collateral seized (including the bonus). */
  seizedUsd: number
  /** USD of the bonus kept by the protocol (liquidation protocol fee). */
  protocolFeeUsd: number
  /** USD of debt left with no collateral behind it: Aave v3.3 burns it as a deficit. */
  badDebtUsd: number
}

export type LiquidatePositionParameters = {
  /** This position's collateral and debt, token units per asset; both are consumed in place. */
  collateral: Float64Array
  debt: Float64Array
  price: Float64Array
  liquidationThreshold: Float64Array
  liquidationBonus: Float64Array
  liquidationProtocolFee: Float64Array
  collateralEnabled: Uint8Array
}

/**
 * Liquidates one position at fixed prices by Aave v3.3's rules (LiquidationLogic.executeLiquidationCall):
 * while the health factor is below 1, a liquidator repays part of the largest debt — half, or all of it
 * below HF 0.95 or for positions under $2,000 — and seizes that value times (1 + bonus) of the largest
 * collateral; a share `liquidationProtocolFee` of the bonus goes to the treasury. When collateral runs out
 * with debt left, the rest is bad debt (v3.3 `_burnBadDebt`).
 */
export function liquidatePosition(position: LiquidatePositionParameters): LiquidationOutcome {
  const { collateral, debt, price, liquidationThreshold, liquidationBonus, liquidationProtocolFee, collateralEnabled } = position
  const outcome: LiquidationOutcome = { liquidations: 0, repaidUsd: 0, seizedUsd: 0, protocolFeeUsd: 0, badDebtUsd: 0 }
  for (let call = 0; call < MAX_LIQUIDATION_CALLS; call++) {
    let weightedCollateralUsd = 0
    let collateralUsd = 0
    let debtUsd = 0
    let largestCollateral = -1
    let largestDebt = -1
    for (let asset = 0; asset < price.length; asset++) {
      if (collateralEnabled[asset] && collateral[asset] > 0) {
        const value = collateral[asset] * price[asset]
        collateralUsd += value
        weightedCollateralUsd += value * liquidationThreshold[asset]
        if (largestCollateral < 0 || value > collateral[largestCollateral] * price[largestCollateral]) largestCollateral = asset
      }
      if (debt[asset] > 0) {
        const value = debt[asset] * price[asset]
        debtUsd += value
        if (largestDebt < 0 || value > debt[largestDebt] * price[largestDebt]) largestDebt = asset
      }
    }
    if (debtUsd <= 0) return outcome
    const health = healthFactor(weightedCollateralUsd, debtUsd)
    if (health >= 1) return outcome
    if (largestCollateral < 0) {
      outcome.badDebtUsd += debtUsd
      debt.fill(0)
      return outcome
    }
    const fullClose = health <= CLOSE_FACTOR_HF_THRESHOLD || collateralUsd < MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD || debtUsd < MIN_BASE_MAX_CLOSE_FACTOR_THRESHOLD_USD
    const closeFactor = fullClose ? 1 : DEFAULT_LIQUIDATION_CLOSE_FACTOR
    const bonus = liquidationBonus[largestCollateral]
    const collateralValue = collateral[largestCollateral] * price[largestCollateral]
    // LiquidationLogic._calculateAvailableCollateralToLiquidate: cap the repayment by the collateral there is.
    const repayUsd = Math.min(debt[largestDebt] * price[largestDebt] * closeFactor, collateralValue / (1 + bonus))
    const seizeUsd = repayUsd * (1 + bonus)
    outcome.liquidations += 1
    outcome.repaidUsd += repayUsd
    outcome.seizedUsd += seizeUsd
    outcome.protocolFeeUsd += (seizeUsd - repayUsd) * liquidationProtocolFee[largestCollateral]
    debt[largestDebt] -= repayUsd / price[largestDebt]
    collateral[largestCollateral] = seizeUsd >= collateralValue ? 0 : collateral[largestCollateral] - seizeUsd / price[largestCollateral]
  }
  return outcome
}
