import type { Address, AssetState, EModeCategory, MarketState, ParameterChange } from '../model.ts'
import { applyEModeChange } from './emode/applyEModeChange.ts'
import { proposedOracle } from './oracle/proposedOracle.ts'

export type UnappliedChange = { change: ParameterChange; reason: string }
export type ApplyChangesReturnType = {
  state: MarketState
  /** The changes, each with `before` filled from the state where the proposal did not say (not from a stand-in). */
  changes: ParameterChange[]
  /** Changes that matched no asset of the state, that the engine does not model, or whose new price source is not known; each says why. */
  unapplied: UnappliedChange[]
  /** True when a change was matched by symbol because it names another market than the state's. */
  standIn: boolean
  /** Positions whose debt was scaled to the new borrow power (see `borrowers`). */
  relevered: number
}

export type ApplyChangesOptions = {
  /**
   * What borrowers do when a collateral factor (borrow power) changes. 'relever' (default): each borrower keeps using the
   * same share of its borrow power, so its debt scales by borrow power after / before — a higher collateral factor means
   * more debt against the same collateral (the assumption behind Gauntlet-style "borrowers max out" analyses, softened).
   * 'hold': positions stay as they are (a collateral factor then changes nothing the engine measures on Aave).
   */
  borrowers?: 'relever' | 'hold'
}

/** A pre-check may name no market: it then means the state's own. */
export const UNSPECIFIED_MARKET: Address = '0x0000000000000000000000000000000000000000'

type AssetField = keyof AssetState
const assetFields: Partial<Record<ParameterChange['param'], AssetField>> = {
  collateralFactor: 'collateralFactor',
  liquidationThreshold: 'liquidationThreshold',
  liquidationBonus: 'liquidationBonus',
  liquidationProtocolFee: 'liquidationProtocolFee',
  reserveFactor: 'reserveFactor',
  supplyCap: 'supplyCap',
  borrowCap: 'borrowCap',
  debtCeiling: 'debtCeiling',
  frozen: 'frozen',
  paused: 'paused',
  borrowingEnabled: 'borrowingEnabled',
  collateralEnabled: 'collateralEnabled',
}
const booleanFields = new Set<AssetField>(['frozen', 'paused', 'borrowingEnabled', 'collateralEnabled'])

/**
 * The state as it would be after the changes. An asset is found by address, else by symbol; when a change
 * names another market, the state stands in for it and `standIn` says so. Nothing is dropped silently. A new price
 * source takes the rule the state knows of it (proposedOracle), else stays unapplied with the reason; eMode changes
 * land on the categories and so on the accounts in them (applyEModeChange).
 */
export function applyChanges(state: MarketState, changes: ParameterChange[], { borrowers = 'relever' }: ApplyChangesOptions = {}): ApplyChangesReturnType {
  const assets = state.assets.map((asset) => ({ ...asset, oracle: { ...asset.oracle } }))
  const eModeCategories: EModeCategory[] = (state.eModeCategories ?? []).map((category) => ({
    ...category,
    assets: [...category.assets],
    ...(category.borrowable ? { borrowable: [...category.borrowable] } : {}),
  }))
  const unapplied: UnappliedChange[] = []
  const withBefore: ParameterChange[] = []
  let closeFactor = state.closeFactor
  let standIn = false
  for (const change of changes) {
    if (change.param === 'closeFactor') {
      withBefore.push(change.before === undefined && closeFactor !== undefined ? { ...change, before: closeFactor } : change)
      closeFactor = change.after
      continue
    }
    const byAddress = change.asset ? assets.find((asset) => asset.address.toLowerCase() === change.asset?.toLowerCase()) : undefined
    const symbol = change.symbol ? normaliseSymbol(change.symbol).toLowerCase() : undefined
    const asset = byAddress ?? (symbol ? assets.find((candidate) => candidate.symbol.toLowerCase() === symbol) : undefined)
    const otherMarket = change.market !== UNSPECIFIED_MARKET && change.market.toLowerCase() !== state.market.toLowerCase()
    if (change.eModeCategory !== undefined || change.param === 'eModeCategory') {
      // An eMode category's own parameters, or an asset's membership in one: never the reserve's own.
      const { before, reason } = applyEModeChange({ state, categories: eModeCategories, assets, asset, change })
      standIn ||= otherMarket && reason === undefined
      withBefore.push(change.before === undefined && before !== undefined && !otherMarket ? { ...change, before } : change)
      if (reason) unapplied.push({ change, reason })
      continue
    }
    if (!asset) {
      withBefore.push(change)
      unapplied.push({ change, reason: `no asset ${change.symbol ?? change.asset ?? '(market-wide)'} in ${state.name}` })
      continue
    }
    const field = change.param === 'oracle' ? undefined : assetFields[change.param]
    const current = change.param === 'oracle' ? asset.oracle.address : field ? String(asset[field]) : undefined
    standIn ||= otherMarket
    // A stand-in's own value is not the proposal's market's `before`: leave it unknown there.
    withBefore.push(change.before === undefined && current !== undefined && !otherMarket ? { ...change, before: current } : change)
    if (change.param === 'oracle') {
      const proposed = proposedOracle({ state, address: change.after, asset, assets })
      if ('reason' in proposed) unapplied.push({ change, reason: proposed.reason })
      else asset.oracle = proposed.oracle
      continue
    }
    if (!field) {
      unapplied.push({ change, reason: `the engine does not model ${change.param}` })
      continue
    }
    Object.assign(asset, { [field]: booleanFields.has(field) ? change.after === 'true' : change.after })
  }
  const { positions, relevered } = borrowers === 'relever' ? releverPositions(state, assets) : { positions: state.positions, relevered: 0 }
  return {
    state: { ...state, assets, ...(eModeCategories.length > 0 ? { eModeCategories } : {}), positions, closeFactor, provenance: { ...state.provenance, contentHash: undefined } },
    changes: withBefore,
    unapplied,
    standIn,
    relevered,
  }
}

/** Scales each borrower's debt by its borrow power (Σ collateral·price·collateralFactor) after over before. */
function releverPositions(state: MarketState, assets: AssetState[]): { positions: MarketState['positions']; relevered: number } {
  const changed = new Map<string, { before: number; after: number; price: number }>()
  state.assets.forEach((asset, i) => {
    if (asset.collateralFactor !== assets[i].collateralFactor)
      changed.set(asset.symbol, { before: Number(asset.collateralFactor), after: Number(assets[i].collateralFactor), price: Number(asset.price) })
  })
  if (changed.size === 0) return { positions: state.positions, relevered: 0 }
  const factorBySymbol = new Map(state.assets.map((asset) => [asset.symbol, { collateralFactor: Number(asset.collateralFactor), price: Number(asset.price), enabled: asset.collateralEnabled }]))
  let relevered = 0
  const positions = state.positions.map((position) => {
    if (Object.keys(position.debt).length === 0 || !Object.keys(position.collateral).some((symbol) => changed.has(symbol))) return position
    let powerBefore = 0
    let powerAfter = 0
    for (const [symbol, amount] of Object.entries(position.collateral)) {
      const asset = factorBySymbol.get(symbol)
      if (!asset?.enabled) continue
      const valueUsd = Number(amount) * asset.price
      powerBefore += valueUsd * asset.collateralFactor
      powerAfter += valueUsd * (changed.get(symbol)?.after ?? asset.collateralFactor)
    }
    if (!(powerBefore > 0) || powerAfter === powerBefore) return position
    relevered++
    const scale = powerAfter / powerBefore
    return { ...position, debt: Object.fromEntries(Object.entries(position.debt).map(([symbol, amount]) => [symbol, String(Number(amount) * scale)])) }
  })
  return { positions, relevered }
}

/** Compound v2 names markets by cToken ("cWBTC"); the underlying symbol is what other markets know. */
function normaliseSymbol(symbol: string): string {
  return /^c[A-Z0-9]/.test(symbol) ? symbol.slice(1) : symbol
}
