import { type Address, formatUnits, getAddress } from 'viem'
import type { ParameterChange, ParameterName } from '../../model.ts'
import type { AavePool } from './aaveDeployments.ts'
import { aaveReserveParameters } from './aaveReserveParameters.ts'
import type { ReserveConfiguration } from './decodeReserveConfiguration.ts'

export type AaveEModeCategory = { id: number; ltv: number; liquidationThreshold: number; liquidationBonus: number; priceSource: Address; collateralBitmap: bigint; borrowableBitmap: bigint }

/** One Aave pool's risk configuration at one moment: what the probe reads, or what the config-engine reader computes. */
export type AaveMarketView = {
  oracle: Address
  reserves: Map<Address, { bits: ReserveConfiguration; source: Address; reserveId: number; rateKey: string }>
  eModes: AaveEModeCategory[]
  /** Aave v3.2+: eMode membership lives in the categories' bitmaps, not in the reserve configuration. */
  eModeBitmaps: boolean
}

/** A field that changed but has no Firebreak parameter (flash loans, siloed borrowing, the interest-rate strategy, …). */
export type UnmodelledChange = { asset: Address; field: keyof ReserveConfiguration | 'interestRateStrategy'; before: string; after: string }

export type AaveMarketChangesParameters = {
  before: AaveMarketView
  after: AaveMarketView
  chainId: number
  pool: Address
  protocol: AavePool['protocol']
  action: number
  symbols?: Map<Address, string>
}

const unmodelledFields = ['stableBorrowRateEnabled', 'borrowableInIsolation', 'siloedBorrowing', 'flashLoanEnabled', 'unbackedMintCap', 'virtualAccountingEnabled', 'decimals'] as const
const ZERO: Address = '0x0000000000000000000000000000000000000000'
const bps = (value: number) => formatUnits(BigInt(value), 4)

/**
 * The ParameterChanges between two views of one Aave pool: reserve parameters (model units), listings, price
 * sources, eMode categories and (v3.2+) eMode membership; fields without a Firebreak parameter come back as
 * `unmodelled`. The payload probe and the config-engine reader both report through it, so they agree by construction
 * on how a difference is written.
 */
export function aaveMarketChanges({ before, after, chainId, pool, protocol, action, symbols = new Map() }: AaveMarketChangesParameters): { changes: ParameterChange[]; unmodelled: UnmodelledChange[] } {
  const change = (asset: Address | null, param: ParameterName, previous: string | undefined, next: string, extra: { note?: string; eModeCategory?: number } = {}): ParameterChange => ({
    protocol,
    chainId,
    market: getAddress(pool),
    asset,
    ...(asset && symbols.get(asset) ? { symbol: symbols.get(asset) } : {}),
    param,
    ...(previous === undefined ? {} : { before: previous }),
    after: next,
    action,
    ...(extra.eModeCategory === undefined ? {} : { eModeCategory: extra.eModeCategory }),
    ...(extra.note ? { note: extra.note } : {}),
  })
  const assets = [...new Set([...before.reserves.keys(), ...after.reserves.keys()])]
  const oracleNote = before.oracle === after.oracle ? undefined : `the pool's price oracle changed ${before.oracle} → ${after.oracle}`
  // Aave v3.2+ keeps eMode membership in the categories' bitmaps; the reserve's own eMode bits are then unused (v2 has none).
  const reserveEMode = !after.eModeBitmaps && protocol === 'aave-v3'
  const changes: ParameterChange[] = []
  const unmodelled: UnmodelledChange[] = []
  for (const asset of assets) {
    const previous = before.reserves.get(asset)
    const next = after.reserves.get(asset)
    if (!next) {
      changes.push(change(asset, 'listed', 'true', 'false', { note: 'reserve dropped' }))
      continue
    }
    if (!previous) changes.push(change(asset, 'listed', 'false', 'true'))
    const parametersOf = (bits: ReserveConfiguration) => {
      const { eModeCategory, ...rest } = aaveReserveParameters(bits)
      return reserveEMode ? { ...rest, eModeCategory } : rest
    }
    const nextParameters = parametersOf(next.bits)
    const previousParameters: Record<string, unknown> | undefined = previous ? parametersOf(previous.bits) : undefined
    const freezeNote = ltvFreezeNote(previous?.bits, next.bits)
    for (const [param, value] of Object.entries(nextParameters) as [ParameterName, string | boolean | number][]) {
      const old = previousParameters?.[param]
      if (old !== undefined && String(old) === String(value)) continue
      changes.push(change(asset, param, old === undefined ? undefined : String(old), String(value), param === 'collateralFactor' && freezeNote ? { note: freezeNote } : {}))
    }
    if (previous && previous.bits.active !== next.bits.active) changes.push(change(asset, 'active', String(previous.bits.active), String(next.bits.active)))
    if (!previous || previous.source !== next.source) changes.push(change(asset, 'oracle', previous?.source, next.source, oracleNote ? { note: oracleNote } : {}))
    if (!previous) continue
    for (const field of unmodelledFields)
      if (String(previous.bits[field]) !== String(next.bits[field])) unmodelled.push({ asset, field, before: String(previous.bits[field]), after: String(next.bits[field]) })
    if (previous.rateKey !== next.rateKey) unmodelled.push({ asset, field: 'interestRateStrategy', before: previous.rateKey, after: next.rateKey })
  }
  changes.push(...eModeChanges(before, after, assets, change))
  return { changes, unmodelled }
}

/**
 * Aave v3.2+ `PoolConfigurator.setReserveFreeze` sets a reserve's LTV to 0 and keeps the old value as its pending LTV,
 * which unfreezing restores (aave-dao/aave-v3-origin PoolConfigurator._setReserveFreeze): the LTV change is the freeze.
 */
function ltvFreezeNote(previous: ReserveConfiguration | undefined, next: ReserveConfiguration): string | undefined {
  if (!previous) return undefined
  if (!previous.frozen && next.frozen && previous.ltv > 0 && next.ltv === 0)
    return `set to 0 by the freeze (Aave v3.2+: the LTV ${bps(previous.ltv)} is kept as pending and restored on unfreeze); no new borrowing against it, existing positions keep their liquidation threshold`
  if (previous.frozen && !next.frozen && previous.ltv === 0 && next.ltv > 0) return 'restored from the pending LTV by the unfreeze (Aave v3.2+)'
  return undefined
}

type ChangeOf = (asset: Address | null, param: ParameterName, previous: string | undefined, next: string, extra?: { note?: string; eModeCategory?: number }) => ParameterChange

/** eMode categories (LTV, threshold, bonus, price source) and, on v3.2+, which assets are collateral or borrowable in each. */
function eModeChanges(before: AaveMarketView, after: AaveMarketView, assets: Address[], change: ChangeOf): ParameterChange[] {
  const changes: ParameterChange[] = []
  const previousById = new Map(before.eModes.map((category) => [category.id, category]))
  const nextById = new Map(after.eModes.map((category) => [category.id, category]))
  const ids = [...new Set([...previousById.keys(), ...nextById.keys()])].sort((a, b) => a - b)
  const bonus = (value: number) => (value > 10_000 ? bps(value - 10_000) : '0')
  for (const id of ids) {
    const previous = previousById.get(id)
    const next = nextById.get(id)
    const note = `eMode category ${id}${previous ? '' : ' (new)'}${next ? '' : ' (removed)'}: applies to borrowers in this category, not to a reserve`
    const fields: [ParameterName, string | undefined, string][] = [
      ['collateralFactor', previous && bps(previous.ltv), next ? bps(next.ltv) : '0'],
      ['liquidationThreshold', previous && bps(previous.liquidationThreshold), next ? bps(next.liquidationThreshold) : '0'],
      ['liquidationBonus', previous && bonus(previous.liquidationBonus), next ? bonus(next.liquidationBonus) : '0'],
      ['oracle', previous && getAddress(previous.priceSource), getAddress(next?.priceSource ?? ZERO)],
    ]
    for (const [param, old, value] of fields) if (old !== value) changes.push(change(null, param, old, value, { eModeCategory: id, note }))
    if (!after.eModeBitmaps && !before.eModeBitmaps) continue
    for (const asset of assets) {
      const member = (category: AaveEModeCategory | undefined, view: AaveMarketView, bitmap: 'collateralBitmap' | 'borrowableBitmap') => {
        const reserveId = view.reserves.get(asset)?.reserveId
        return category !== undefined && reserveId !== undefined && reserveId < 128 && ((category[bitmap] >> BigInt(reserveId)) & 1n) === 1n
      }
      for (const [param, bitmap] of [['collateralEnabled', 'collateralBitmap'], ['borrowingEnabled', 'borrowableBitmap']] as const) {
        const was = member(previous, before, bitmap)
        const is = member(next, after, bitmap)
        if (was !== is) changes.push(change(asset, param, String(was), String(is), { eModeCategory: id, note: `${param === 'collateralEnabled' ? 'as collateral' : 'borrowable'} inside eMode category ${id}` }))
      }
    }
  }
  return changes
}
