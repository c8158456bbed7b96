import type { LiquidationContext } from './liquidationContext.ts'

/**
 * Health factor of one position at oracle prices: Σ collateral·price·liquidationThreshold / Σ debt·price
 * (Aave v3 GenericLogic.calculateUserAccountData, with the account's eMode threshold and price source where they apply;
 * Compound's liquidity check is the same inequality). Infinity without debt.
 */
export function positionHealth({ market, collateral, debt, oraclePrice }: LiquidationContext, position: number): number {
  const { entryStart, entryPrice, entryLiquidationThreshold } = market
  let weightedCollateralUsd = 0
  let debtUsd = 0
  for (let entry = entryStart[position]; entry < entryStart[position + 1]; entry++) {
    const price = oraclePrice[entryPrice[entry]]
    weightedCollateralUsd += collateral[entry] * price * entryLiquidationThreshold[entry]
    debtUsd += debt[entry] * price
  }
  return debtUsd > 0 ? weightedCollateralUsd / debtUsd : Number.POSITIVE_INFINITY
}

/** USD of a position's debt at oracle prices: the order in which liquidators take positions (largest first). */
export function positionDebtUsd({ market, debt, oraclePrice }: LiquidationContext, position: number): number {
  let debtUsd = 0
  for (let entry = market.entryStart[position]; entry < market.entryStart[position + 1]; entry++) debtUsd += debt[entry] * oraclePrice[market.entryPrice[entry]]
  return debtUsd
}

/** Debt beyond collateral at market prices (insolvent debt, the Gauntlet / Chaos Labs bad-debt measure), USD. */
export function positionShortfallUsd({ market, collateral, debt, marketPrice }: LiquidationContext, position: number): number {
  let shortfall = 0
  for (let entry = market.entryStart[position]; entry < market.entryStart[position + 1]; entry++) {
    const asset = market.entryAsset[entry]
    shortfall += debt[entry] * marketPrice[asset] - (market.collateralEnabled[asset] ? collateral[entry] * marketPrice[asset] : 0)
  }
  return shortfall > 0 ? shortfall : 0
}

/** The entries holding the most collateral (enabled) and the most debt, by oracle value; -1 when there is none. */
export function largestEntries({ market, collateral, debt, oraclePrice }: LiquidationContext, position: number, out: Int32Array): void {
  let largestCollateral = -1
  let largestCollateralUsd = 0
  let largestDebt = -1
  let largestDebtUsd = 0
  for (let entry = market.entryStart[position]; entry < market.entryStart[position + 1]; entry++) {
    const asset = market.entryAsset[entry]
    const price = oraclePrice[market.entryPrice[entry]]
    const collateralUsd = market.collateralEnabled[asset] ? collateral[entry] * price : 0
    if (collateralUsd > largestCollateralUsd) {
      largestCollateralUsd = collateralUsd
      largestCollateral = entry
    }
    const debtUsd = debt[entry] * price
    if (debtUsd > largestDebtUsd) {
      largestDebtUsd = debtUsd
      largestDebt = entry
    }
  }
  out[0] = largestCollateral
  out[1] = largestDebt
}
