import type { Address, AssetState, MarketState, ParameterChange } from '../model.ts'

export type UnappliedChange = { change: ParameterChange; reason: string }
export type ApplyChangesReturnType = {
  state: MarketState
  /** The changes, each with `before` filled from the state where the proposal did not say (not from a stand-in). */
  changes: ParameterChange[]
  /** Changes that matched no asset of the state, or that the engine does not model; each says why. */
  unapplied: UnappliedChange[]
  /** True when a change was matched by symbol because it names another market than the state's. */
  standIn: boolean
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
 * names another market, the state stands in for it and `standIn` says so. Nothing is dropped silently.
 */
export function applyChanges(state: MarketState, changes: ParameterChange[]): ApplyChangesReturnType {
  const assets = state.assets.map((asset) => ({ ...asset, oracle: { ...asset.oracle } }))
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
    if (!asset) {
      withBefore.push(change)
      unapplied.push({ change, reason: `no asset ${change.symbol ?? change.asset ?? '(market-wide)'} in ${state.name}` })
      continue
    }
    const field = change.param === 'oracle' ? undefined : assetFields[change.param]
    const current = change.param === 'oracle' ? asset.oracle.address : field ? String(asset[field]) : undefined
    const otherMarket = change.market !== UNSPECIFIED_MARKET && change.market.toLowerCase() !== state.market.toLowerCase()
    standIn ||= otherMarket
    // A stand-in's own value is not the proposal's market's `before`: leave it unknown there.
    withBefore.push(change.before === undefined && current !== undefined && !otherMarket ? { ...change, before: current } : change)
    if (change.param === 'oracle') {
      asset.oracle = { address: change.after as AssetState['oracle']['address'], kind: 'unknown' }
      continue
    }
    if (!field) {
      unapplied.push({ change, reason: `the engine does not model ${change.param}` })
      continue
    }
    Object.assign(asset, { [field]: booleanFields.has(field) ? change.after === 'true' : change.after })
  }
  return {
    state: { ...state, assets, closeFactor, provenance: { ...state.provenance, contentHash: undefined } },
    changes: withBefore,
    unapplied,
    standIn,
  }
}

/** Compound v2 names markets by cToken ("cWBTC"); the underlying symbol is what other markets know. */
function normaliseSymbol(symbol: string): string {
  return /^c[A-Z0-9]/.test(symbol) ? symbol.slice(1) : symbol
}
