import { executionCostUsd } from '../market/compileLiquidity.ts'
import type { LiquidationContext } from './liquidationContext.ts'

/**
 * A liquidator's side of a liquidation: sell `tokens` of seized `asset` into the asset's liquidity after what was already
 * sold, having paid `payUsd` (market value of the debt repaid, or a Comet buyCollateral price) and one transaction's gas.
 * Returns the profit; when `commit` the sale happens (the asset's sold volume, seized value and friction grow).
 * A liquidation happens only when bonus − slippage − gas > 0 (Perez et al. 2021; Qin et al. 2021).
 */
export function sellCollateral(context: LiquidationContext, asset: number, tokens: number, payUsd: number, commit: boolean): number {
  const saleUsd = tokens * context.marketPrice[asset]
  const slippageUsd = executionCostUsd(context.market.liquidity[asset], context.soldUsd[asset], saleUsd)
  const profit = saleUsd - slippageUsd - payUsd - context.gasUsd
  if (commit && profit > 0) {
    context.soldUsd[asset] += saleUsd
    context.tally.seizedUsd += saleUsd
    context.tally.frictionUsd += slippageUsd + context.gasUsd
  }
  return profit
}
