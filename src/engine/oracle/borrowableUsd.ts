import Decimal from 'decimal.js'
import type { MarketState } from '../../model.ts'

/**
 * USD an attacker could borrow out of `state` against collateral in `symbol`: for every other asset that can be
 * borrowed, its available liquidity (supply − debt), within its borrow cap.
 */
export function borrowableUsd(state: MarketState, symbol: string): number {
  let total = new Decimal(0)
  for (const asset of state.assets) {
    if (asset.symbol === symbol || !asset.borrowingEnabled || asset.paused) continue
    let available = Decimal.max(0, new Decimal(asset.totalSupply).minus(asset.totalDebt))
    if (new Decimal(asset.borrowCap).gt(0)) available = Decimal.min(available, Decimal.max(0, new Decimal(asset.borrowCap).minus(asset.totalDebt)))
    total = total.plus(available.times(asset.price))
  }
  return total.toNumber()
}
