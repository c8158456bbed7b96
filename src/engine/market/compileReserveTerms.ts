import type { MarketState } from '../../model.ts'
import type { CompiledOracles } from './compileOracles.ts'

/**
 * The terms each reserve lends on, per asset, and each eMode category's: what an account's collateral counts for
 * (threshold, LTV), what a liquidator earns (bonus) and which oracle slot prices it. Compound v2 liquidates at the
 * collateral factor itself (Comptroller.getHypotheticalAccountLiquidityInternal).
 */
export type ReserveTerms = {
  liquidationThreshold: Float64Array
  collateralFactor: Float64Array
  liquidationBonus: Float64Array
  /** 1 when the asset counts as collateral at all: enabled, with a threshold above 0. */
  collateralEnabled: Uint8Array
  eMode: Map<number, { liquidationThreshold: number; collateralFactor: number; liquidationBonus: number; assets: Set<number>; slot: number }>
}

export type EntryTerms = { liquidationThreshold: number; collateralFactor: number; liquidationBonus: number; slot: number }

export function compileReserveTerms(state: MarketState, index: Map<string, number>, oracles: CompiledOracles, liquidatesAtCollateralFactor: boolean): ReserveTerms {
  const liquidationThreshold = Float64Array.from(state.assets, (asset) => Number(liquidatesAtCollateralFactor ? asset.collateralFactor : asset.liquidationThreshold))
  const eMode: ReserveTerms['eMode'] = new Map()
  for (const category of state.eModeCategories ?? []) {
    const assets = new Set<number>()
    for (const symbol of category.assets) {
      const asset = index.get(symbol)
      if (asset === undefined) throw new Error(`eMode category ${category.id} lists ${symbol}, which is not an asset of ${state.name}`)
      assets.add(asset)
    }
    eMode.set(category.id, {
      liquidationThreshold: Number(category.liquidationThreshold),
      collateralFactor: Number(category.collateralFactor),
      liquidationBonus: Number(category.liquidationBonus),
      assets,
      slot: oracles.eModeSlot.get(category.id) ?? -1,
    })
  }
  return {
    liquidationThreshold,
    collateralFactor: Float64Array.from(state.assets, (asset) => Number(asset.collateralFactor)),
    liquidationBonus: Float64Array.from(state.assets, (asset) => Number(asset.liquidationBonus)),
    collateralEnabled: Uint8Array.from(state.assets, (asset, i) => (asset.collateralEnabled && liquidationThreshold[i] > 0 ? 1 : 0)),
    eMode,
  }
}

/**
 * The terms `asset` carries for an account in eMode category `category` (0 or absent: none). Aave v3
 * GenericLogic.calculateUserAccountData: an account in a category uses its LTV and threshold for the category's assets
 * and prices them by its price source when it has one; a reserve counts as collateral only while its own threshold is
 * not 0, and gives no borrowing power while its own LTV is 0; LiquidationLogic._getConfigurationData pays the
 * category's bonus on its collateral. A threshold of 0 here means the asset is not collateral.
 */
export function entryTerms(terms: ReserveTerms, category: number | undefined, asset: number, out: EntryTerms): EntryTerms {
  const eMode = category ? terms.eMode.get(category) : undefined
  const member = eMode?.assets.has(asset) ?? false
  const enabled = terms.collateralEnabled[asset] === 1
  out.liquidationThreshold = enabled ? (member ? eMode!.liquidationThreshold : terms.liquidationThreshold[asset]) : 0
  out.collateralFactor = enabled && terms.collateralFactor[asset] > 0 ? (member ? eMode!.collateralFactor : terms.collateralFactor[asset]) : 0
  out.liquidationBonus = member ? eMode!.liquidationBonus : terms.liquidationBonus[asset]
  out.slot = member && eMode!.slot >= 0 ? eMode!.slot : asset
  return out
}
