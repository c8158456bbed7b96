import type { AssetState, EModeCategory, MarketState, ParameterChange } from '../../model.ts'
import { proposedOracle } from '../oracle/proposedOracle.ts'

export type ApplyEModeChangeParameters = {
  state: MarketState
  /** The after-state's categories, changed in place (copies of the state's). */
  categories: EModeCategory[]
  /** The after-state's assets (an eMode price source is read against them). */
  assets: AssetState[]
  /** The asset the change names, when it names one. */
  asset?: AssetState
  change: ParameterChange
}

/** `before` as the state had it; `reason` when the change could not be applied (it is then listed unapplied). */
export type ApplyEModeChangeReturnType = { before?: string; reason?: string }

const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'
const categoryFields = { collateralFactor: 'collateralFactor', liquidationThreshold: 'liquidationThreshold', liquidationBonus: 'liquidationBonus' } as const

/**
 * One eMode change on the after-state's categories, as Aave v3's PoolConfigurator writes it: setEModeCategory (the
 * category's LTV, threshold, bonus and — v3.0/3.1 — price source; a new id creates the category), setAssetEModeCategory
 * (v3.0/3.1: the asset leaves its category for another, 0 = none), setAssetCollateralInEMode and
 * setAssetBorrowableInEMode (v3.2+ bitmaps). Accounts in the category then use the new figures (compileMarket).
 */
export function applyEModeChange({ state, categories, assets, asset, change }: ApplyEModeChangeParameters): ApplyEModeChangeReturnType {
  if (change.param === 'eModeCategory' && change.eModeCategory === undefined) {
    if (!asset) return { reason: `no asset ${change.symbol ?? change.asset} in ${state.name}` }
    const id = Number(change.after)
    if (!Number.isInteger(id) || id < 0) return { reason: `eMode category "${change.after}" is not a category id` }
    const current = categories.find((category) => category.assets.includes(asset.symbol))
    for (const category of categories) {
      category.assets = category.assets.filter((symbol) => symbol !== asset.symbol)
      if (category.borrowable) category.borrowable = category.borrowable.filter((symbol) => symbol !== asset.symbol)
    }
    if (id > 0) {
      const category = categoryFor(categories, id)
      category.assets.push(asset.symbol)
      category.borrowable?.push(asset.symbol)
    }
    return { before: String(current?.id ?? 0) }
  }
  const id = change.eModeCategory
  if (id === undefined || !Number.isInteger(id) || id <= 0) return { reason: `eMode category ${id} is not a category id` }
  const existing = categories.find((category) => category.id === id)
  if (asset && (change.param === 'collateralEnabled' || change.param === 'borrowingEnabled')) {
    const category = existing ?? categoryFor(categories, id)
    // v3.2 keeps collateral and borrowable apart: the first change to either splits the v3.0 membership in two.
    category.borrowable ??= [...category.assets]
    const list = change.param === 'collateralEnabled' ? category.assets : category.borrowable
    const before = String(list.includes(asset.symbol))
    const next = list.filter((symbol) => symbol !== asset.symbol)
    if (change.after === 'true') next.push(asset.symbol)
    if (change.param === 'collateralEnabled') category.assets = next
    else category.borrowable = next
    return { before }
  }
  if (asset) return { reason: `${change.param} of ${asset.symbol} inside eMode category ${id} is not modelled` }
  if (change.param === 'oracle') {
    const before = existing?.priceSource?.address ?? ZERO_ADDRESS
    if (change.after.toLowerCase() === ZERO_ADDRESS) {
      if (existing) delete existing.priceSource
      return { before }
    }
    const proposed = proposedOracle({ state, address: change.after, assets })
    if ('reason' in proposed) return { before, reason: `eMode category ${id}: ${proposed.reason}` }
    categoryFor(categories, id).priceSource = proposed.oracle
    return { before }
  }
  const field = categoryFields[change.param as keyof typeof categoryFields]
  if (!field) return { reason: `${change.param} of eMode category ${id} is not modelled` }
  // A category not yet set reads as zeros in Aave's storage (eModeCategories[id] is a default struct).
  const before = existing?.[field] ?? '0'
  categoryFor(categories, id)[field] = change.after
  return { before }
}

/** The category with this id, created empty (no assets, zero parameters) when the state does not have it yet. */
function categoryFor(categories: EModeCategory[], id: number): EModeCategory {
  let category = categories.find((candidate) => candidate.id === id)
  if (!category) {
    category = { id, label: `eMode category ${id}`, collateralFactor: '0', liquidationThreshold: '0', liquidationBonus: '0', assets: [] }
    categories.push(category)
  }
  return category
}
