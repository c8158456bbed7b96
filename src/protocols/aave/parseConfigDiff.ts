import { formatUnits, isAddress } from 'viem'
import type { Address, ParameterChange, ParameterName, ProtocolFamily } from '../../model.ts'

export type ParseConfigDiffParameters = {
  protocol: ProtocolFamily
  chainId: number
  /** The pool the diff describes; the file does not name it. */
  market: Address
}

export type ParseConfigDiffReturnType = {
  changes: ParameterChange[]
  /** Entries of the raw diff that are not Firebreak parameters, each with where it is and why it is left out. */
  skipped: { path: string; reason: string }[]
}

type Convert = { param: ParameterName; convert: (value: unknown) => string }

const bps = (value: unknown) => formatUnits(BigInt(value as number), 4)
// Aave liquidation bonus is bps including the 100 % base; the model keeps the excess (0 stays 0: collateral disabled).
const bonus = (value: unknown) => (BigInt(value as number) === 0n ? '0' : formatUnits(BigInt(value as number) - 10_000n, 4))
const whole = (value: unknown) => String(BigInt(value as number))
// Aave v3 ReserveConfiguration.DEBT_CEILING_DECIMALS = 2: USD cents.
const usdCents = (value: unknown) => formatUnits(BigInt(value as number), 2)
const text = (value: unknown) => String(value)

const reserveFields: Record<string, Convert> = {
  ltv: { param: 'collateralFactor', convert: bps },
  liquidationThreshold: { param: 'liquidationThreshold', convert: bps },
  liquidationBonus: { param: 'liquidationBonus', convert: bonus },
  liquidationProtocolFee: { param: 'liquidationProtocolFee', convert: bps },
  reserveFactor: { param: 'reserveFactor', convert: bps },
  supplyCap: { param: 'supplyCap', convert: whole },
  borrowCap: { param: 'borrowCap', convert: whole },
  debtCeiling: { param: 'debtCeiling', convert: usdCents },
  oracle: { param: 'oracle', convert: text },
  isFrozen: { param: 'frozen', convert: text },
  isPaused: { param: 'paused', convert: text },
  isActive: { param: 'active', convert: text },
  borrowingEnabled: { param: 'borrowingEnabled', convert: text },
  usageAsCollateralEnabled: { param: 'collateralEnabled', convert: text },
  eModeCategory: { param: 'eModeCategory', convert: text },
}
const eModeFields: Record<string, Convert> = {
  ltv: reserveFields.ltv,
  liquidationThreshold: reserveFields.liquidationThreshold,
  liquidationBonus: reserveFields.liquidationBonus,
  priceSource: { param: 'oracle', convert: text },
}
const NOT_MODELLED = 'not a parameter Firebreak simulates'
const SECTION_REASONS: Record<string, string> = {
  strategies: 'interest-rate strategy: rates are not modelled',
  raw: 'raw storage-slot diff of every touched contract: the reserves and eModes sections already decode it',
  poolConfig: 'pool-level addresses (implementations, providers): not a parameter Firebreak simulates',
}

/**
 * The "Raw diff" JSON of a bgd-labs/aave-proposals-v3 `diffs/*.md` report → ParameterChange[] with
 * `before` and `after` in the model's units. A change from a diff has no proposal action: `action` is -1.
 *
 * @example
 * parseConfigDiff(markdown, { protocol: 'aave-v3', chainId: 1, market: '0x8787…' }).changes
 */
export function parseConfigDiff(markdown: string, parameters: ParseConfigDiffParameters): ParseConfigDiffReturnType {
  const block = /## Raw diff\s*```json\n([\s\S]*?)\n```/.exec(markdown)
  if (!block) throw new Error('no "## Raw diff" JSON block in the report')
  const diff = JSON.parse(block[1]) as Record<string, Record<string, Record<string, unknown>>>
  const changes: ParameterChange[] = []
  const skipped: ParseConfigDiffReturnType['skipped'] = []
  const push = (asset: Address | null, field: Convert, from: unknown, to: unknown, extra: Partial<ParameterChange>) =>
    changes.push({
      protocol: parameters.protocol,
      chainId: parameters.chainId,
      market: parameters.market,
      asset,
      param: field.param,
      ...(from === undefined || from === null ? {} : { before: field.convert(from) }),
      after: field.convert(to),
      action: -1,
      ...extra,
    })

  for (const [section, entries] of Object.entries(diff)) {
    if (section !== 'reserves' && section !== 'eModes') {
      skipped.push({ path: section, reason: SECTION_REASONS[section] ?? NOT_MODELLED })
      continue
    }
    const fields = section === 'reserves' ? reserveFields : eModeFields
    for (const [key, entry] of Object.entries(entries)) {
      const asset = section === 'reserves' && isAddress(key) ? (key as Address) : null
      const extra: Partial<ParameterChange> = section === 'eModes' ? { eModeCategory: Number(key), note: `eMode category ${key}` } : {}
      const symbol = typeof (entry.to as { symbol?: unknown } | null)?.symbol === 'string' ? (entry.to as { symbol: string }).symbol : undefined
      if ('from' in entry && 'to' in entry && (entry.from === null || entry.to === null)) {
        // A reserve or eMode category added (from null) or removed (to null): every field at once.
        if (asset) push(asset, { param: 'listed', convert: text }, entry.from === null ? undefined : true, entry.to !== null, { ...(symbol ? { symbol } : {}) })
        if (entry.to === null) continue
        for (const [name, value] of Object.entries(entry.to as Record<string, unknown>)) {
          const field = fields[name]
          if (field) push(asset, field, undefined, value, { ...extra, ...(symbol ? { symbol } : {}) })
          else skipped.push({ path: `${section}.${key}.to.${name}`, reason: NOT_MODELLED })
        }
        continue
      }
      for (const [name, value] of Object.entries(entry)) {
        const field = fields[name]
        const { from, to } = value as { from: unknown; to: unknown }
        if (!field) skipped.push({ path: `${section}.${key}.${name}`, reason: NOT_MODELLED })
        else push(asset, field, from, to, extra)
      }
    }
  }
  return { changes, skipped }
}
