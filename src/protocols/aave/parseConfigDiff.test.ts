import { formatUnits } from 'viem'
import { describe, expect, test } from 'vitest'
import fixture from '../../../fixtures/aave-v3-diffs/diffs.json'
import market from '../../../fixtures/markets/aave-v3-ethereum.json'
import { applyChanges } from '../../engine/applyChanges.ts'
import type { AssetState, MarketState } from '../../model.ts'
import { parseConfigDiff } from './parseConfigDiff.ts'

const ETHEREUM_POOL = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'
const ARBITRUM_POOL = '0x794a61358D6845594F94dc1DB02A252b5b4814aD'
const parse = (diff: (typeof fixture.diffs)[number]) =>
  diff.file.includes('AaveV3Arbitrum')
    ? parseConfigDiff(diff.markdown, { protocol: 'aave-v3', chainId: 42161, market: ARBITRUM_POOL })
    : parseConfigDiff(diff.markdown, { protocol: 'aave-v3', chainId: 1, market: ETHEREUM_POOL })

// _summary.json's raw names and units → the model's, written out independently of parseConfigDiff.
const MODEL: Record<string, [string, (v: unknown) => string]> = {
  ltv: ['collateralFactor', (v) => formatUnits(BigInt(v as number), 4)],
  liquidationThreshold: ['liquidationThreshold', (v) => formatUnits(BigInt(v as number), 4)],
  liquidationBonus: ['liquidationBonus', (v) => (v === 0 ? '0' : formatUnits(BigInt(v as number) - 10_000n, 4))],
  liquidationProtocolFee: ['liquidationProtocolFee', (v) => formatUnits(BigInt(v as number), 4)],
  reserveFactor: ['reserveFactor', (v) => formatUnits(BigInt(v as number), 4)],
  supplyCap: ['supplyCap', String],
  borrowCap: ['borrowCap', String],
  debtCeiling: ['debtCeiling', (v) => formatUnits(BigInt(v as number), 2)],
  oracle: ['oracle', String],
  isFrozen: ['frozen', String],
  borrowingEnabled: ['borrowingEnabled', String],
  usageAsCollateralEnabled: ['collateralEnabled', String],
}

test('default', () => {
  const diff = fixture.diffs.find((d) => d.file.includes('AaveV3Ethereum_UpdateAAVETokenLTVLiquidationPercentages'))!
  const { changes, skipped } = parse(diff)
  expect(changes).toEqual([
    { protocol: 'aave-v3', chainId: 1, market: ETHEREUM_POOL, asset: '0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9', param: 'liquidationThreshold', before: '0.73', after: '0.76', action: -1 },
    { protocol: 'aave-v3', chainId: 1, market: ETHEREUM_POOL, asset: '0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9', param: 'collateralFactor', before: '0.66', after: '0.69', action: -1 },
  ])
  expect(skipped).toEqual([{ path: 'raw', reason: 'raw storage-slot diff of every touched contract: the reserves and eModes sections already decode it' }])
})

describe('behavior: every change _summary.json extracted from a real diff is parsed with the same before and after', () => {
  for (const diff of fixture.diffs) {
    test(diff.file, () => {
      const { changes } = parse(diff)
      let checked = 0
      for (const summary of diff.summaryChanges as { asset: string; param: string; before: unknown; after: unknown }[]) {
        const sameAsset = changes.filter((c) => c.asset?.toLowerCase() === summary.asset.toLowerCase())
        if (summary.param === '__reserve_added__') {
          expect(sameAsset).toContainEqual(expect.objectContaining({ param: 'listed', after: 'true' }))
          for (const [name, value] of Object.entries(summary.after as Record<string, unknown>)) {
            if (!MODEL[name]) continue
            expect(sameAsset, `${name}`).toContainEqual(expect.objectContaining({ param: MODEL[name][0], after: MODEL[name][1](value) }))
            checked++
          }
          continue
        }
        if (!MODEL[summary.param]) continue
        const [param, convert] = MODEL[summary.param]
        expect(sameAsset, `${summary.asset} ${summary.param}`).toContainEqual(expect.objectContaining({ param, before: convert(summary.before), after: convert(summary.after) }))
        checked++
      }
      expect(checked).toBeGreaterThan(0)
    })
  }
})

test('behavior: eMode categories, interest-rate strategies and oracle answers are kept apart or skipped with a reason', () => {
  const eMode = parse(fixture.diffs.find((d) => d.file.includes('EnableLBTCWBTCLiquidEMode'))!)
  expect(eMode.changes.filter((c) => c.eModeCategory !== undefined).every((c) => c.asset === null)).toBe(true)
  expect(eMode.changes.some((c) => c.eModeCategory !== undefined && c.param === 'liquidationThreshold')).toBe(true)
  const rates = parse(fixture.diffs.find((d) => d.file.includes('WBTCReserveFactorAndUOptimalIncrease'))!)
  expect(rates.skipped).toContainEqual({ path: 'strategies', reason: 'interest-rate strategy: rates are not modelled' })
  const svr = parse(fixture.diffs.find((d) => d.file.includes('EnableSVR'))!)
  expect(svr.skipped.some((s) => s.path.endsWith('.oracleLatestAnswer'))).toBe(true)
})

describe('behavior: applying a diff to its before reproduces its after (engine applyChanges)', () => {
  // "Before" = the embedded Aave v3 Ethereum market (fixtures/markets) with every field the diff touches
  // set to the diff's own `from`; applying the parsed changes must give the diff's `to` and touch nothing else.
  const ethereum = fixture.diffs.filter((d) => d.file.includes('AaveV3Ethereum_'))
  const inMarket = ethereum.filter((d) =>
    parse(d).changes.every((c) => c.asset !== null && c.before !== undefined && market.assets.some((a) => a.address.toLowerCase() === c.asset?.toLowerCase())),
  )
  test('there are diffs on assets of the embedded market', () => expect(inMarket.length).toBeGreaterThanOrEqual(4))
  const field = (param: string): keyof AssetState => (param === 'oracle' ? 'oracle' : (param as keyof AssetState))
  const read = (asset: AssetState, param: string) => (param === 'oracle' ? asset.oracle.address : String(asset[field(param)]))
  for (const diff of inMarket) {
    test(diff.file, () => {
      const { changes } = parse(diff)
      const base = structuredClone(market) as unknown as MarketState
      for (const change of changes) {
        const asset = base.assets.find((a) => a.address.toLowerCase() === change.asset?.toLowerCase())!
        if (change.param === 'oracle') asset.oracle.address = change.before as AssetState['oracle']['address']
        else Object.assign(asset, { [change.param]: ['frozen', 'paused', 'borrowingEnabled', 'collateralEnabled'].includes(change.param) ? change.before === 'true' : change.before })
      }
      const applied = applyChanges(base, changes)
      expect(applied.unapplied).toEqual([])
      for (const change of changes) {
        const asset = applied.state.assets.find((a) => a.address.toLowerCase() === change.asset?.toLowerCase())!
        expect(read(asset, change.param), `${asset.symbol} ${change.param}`).toBe(change.after)
      }
      const touched = new Set(changes.map((c) => `${c.asset?.toLowerCase()}:${c.param}`))
      for (const [index, asset] of applied.state.assets.entries()) {
        for (const key of Object.keys(asset) as (keyof AssetState)[]) {
          if (!touched.has(`${asset.address.toLowerCase()}:${key}`) && key !== 'oracle') expect(asset[key], `${asset.symbol} ${key}`).toEqual(base.assets[index][key])
        }
      }
    })
  }
})

test('errors: a report without a raw diff', () => {
  expect(() => parseConfigDiff('## Reserve changes\n', { protocol: 'aave-v3', chainId: 1, market: ETHEREUM_POOL })).toThrow('no "## Raw diff" JSON block in the report')
})
