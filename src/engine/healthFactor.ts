/**
 * Health factor = Σ collateral·price·liquidationThreshold / Σ debt·price
 * (Aave v3 GenericLogic.calculateUserAccountData; Compound's liquidity check is the same inequality).
 * Infinity when there is no debt.
 */
export function healthFactor(weightedCollateralUsd: number, debtUsd: number): number {
  return debtUsd > 0 ? weightedCollateralUsd / debtUsd : Number.POSITIVE_INFINITY
}
