import Decimal from 'decimal.js'
import type { AssetState, EModeCategory } from '../../model.ts'
import type { AaveConfigSnapshot } from './aaveConfigSnapshotToAssets.ts'

const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'

/**
 * The eMode categories of an Aave v3 (≤ 3.1) config snapshot: each category's LTV, threshold and bonus (bps → fractions,
 * the bonus its excess over 10000), and its members — the reserves whose `eModeCategory` is its id
 * (ReserveConfiguration, v3.0/3.1: one category per reserve, members are collateral and borrowable alike). A price
 * source other than 0x0 that is some reserve's own oracle becomes that oracle, read in the reserve's market; any other
 * address is refused (nothing is known of it).
 *
 * @example
 * const categories = aaveConfigSnapshotToEModeCategories(snapshot, aaveConfigSnapshotToAssets(snapshot))
 */
export function aaveConfigSnapshotToEModeCategories(snapshot: AaveConfigSnapshot, assets: AssetState[]): EModeCategory[] {
  const bps = (value: number) => new Decimal(value).div(10_000).toFixed()
  return Object.values(snapshot.eModes ?? {})
    .sort((a, b) => a.eModeCategory - b.eModeCategory)
    .map((eMode) => {
      const category: EModeCategory = {
        id: eMode.eModeCategory,
        label: eMode.label,
        collateralFactor: bps(eMode.ltv),
        liquidationThreshold: bps(eMode.liquidationThreshold),
        liquidationBonus: eMode.liquidationBonus === 0 ? '0' : new Decimal(eMode.liquidationBonus).div(10_000).minus(1).toFixed(),
        assets: Object.values(snapshot.reserves)
          .filter((reserve) => reserve.eModeCategory === eMode.eModeCategory)
          .map((reserve) => reserve.symbol),
      }
      if (eMode.priceSource.toLowerCase() !== ZERO_ADDRESS) {
        const owner = assets.find((asset) => asset.oracle.address.toLowerCase() === eMode.priceSource.toLowerCase())
        if (!owner) throw new Error(`eMode category ${eMode.eModeCategory} is priced by ${eMode.priceSource}, which is no reserve's oracle`)
        category.priceSource = { ...owner.oracle, ...(owner.oracle.underlying ? {} : { underlying: owner.symbol }) }
      }
      return category
    })
}
