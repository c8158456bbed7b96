import { executionCostUsd } from '../market/compileLiquidity.ts'
import { CALL_EXECUTED, CALL_NOTHING_TO_SEIZE, type LiquidationContext } from './liquidationContext.ts'
import { sellCollateral } from './sellCollateral.ts'

/**
 * Comet's storeFrontPriceFactor: buyCollateral sells at price·(1 − storeFrontPriceFactor·(1 − liquidationFactor)).
 * 0.5 is the value in compound-finance/comet deployment configs for mainnet-like markets (0.5–0.7 across networks).
 */
export const STORE_FRONT_PRICE_FACTOR = 0.5

/**
 * Compound III: `absorb` moves all of a liquidatable account's collateral into the protocol and clears its debt against
 * reserves (Comet.absorbInternal); the protocol then sells the collateral to whoever calls `buyCollateral` at a discount
 * (Comet.quoteCollateral). A buyer buys when the discount beats slippage and gas; collateral no one buys stays with the
 * protocol at what it would fetch in the market now. The shortfall of the debt absorbed over what the collateral
 * brings is bad debt borne by reserves. `liquidationBonus` is 1 − liquidationFactor (model.ts).
 */
export function compoundV3Absorb(context: LiquidationContext, position: number): number {
  const { market, collateral, debt, oraclePrice, marketPrice, soldUsd, tally } = context
  let debtUsd = 0
  let recoveredUsd = 0
  let creditUsd = 0
  let seizedAny = false
  for (let entry = market.entryStart[position]; entry < market.entryStart[position + 1]; entry++) {
    const asset = market.entryAsset[entry]
    const price = oraclePrice[market.entryPrice[entry]]
    const bonus = market.entryLiquidationBonus[entry]
    debtUsd += debt[entry] * price
    debt[entry] = 0
    const tokens = collateral[entry]
    if (!(tokens > 0) || !market.collateralEnabled[asset]) continue
    seizedAny = true
    collateral[entry] = 0
    creditUsd += tokens * price * (1 - bonus)
    const storePriceUsd = price * (1 - STORE_FRONT_PRICE_FACTOR * bonus)
    if (sellCollateral(context, asset, tokens, tokens * storePriceUsd, true) > 0) recoveredUsd += tokens * storePriceUsd
    else {
      const valueUsd = tokens * marketPrice[asset]
      recoveredUsd += valueUsd - executionCostUsd(market.liquidity[asset], soldUsd[asset], valueUsd)
    }
  }
  if (!seizedAny && debtUsd === 0) return CALL_NOTHING_TO_SEIZE
  tally.liquidations += 1
  tally.repaidUsd += debtUsd
  tally.frictionUsd += context.gasUsd // the absorber's transaction
  // The account is credited collateral·liquidationFactor when that exceeds its debt (absorbInternal), so the reserves pay the larger.
  const costUsd = Math.max(debtUsd, creditUsd)
  if (costUsd > recoveredUsd) tally.badDebtUsd += costUsd - recoveredUsd
  else tally.protocolFeeUsd += recoveredUsd - costUsd
  return CALL_EXECUTED
}
