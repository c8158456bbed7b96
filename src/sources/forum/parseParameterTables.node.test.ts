import { readdirSync, readFileSync } from 'node:fs'
import Decimal from 'decimal.js'
import { expect, test } from 'vitest'
import type { Address, ParameterChange } from '../../model.ts'
import { parseParameterTables } from './parseParameterTables.ts'

const directory = new URL('../../../fixtures/forum/', import.meta.url)
const market: Address = '0x0000000000000000000000000000000000000001'
const read = (name: string) => readFileSync(new URL(name, directory), 'utf8')

type RawValue = number | boolean | string
type RawReserve = Record<string, RawValue | { from: RawValue; to: RawValue }>
type RawEntry = RawReserve | { from: null; to: Record<string, RawValue> }

/** What the diff's Raw JSON (exact on-chain integers) says each parameter becomes, in model.ts units. */
function expected(param: string, raw: RawValue): [ParameterChange['param'], string] | null {
  const bps = (value: RawValue) => new Decimal(String(value)).div(10_000).toString()
  switch (param) {
    case 'ltv':
      return ['collateralFactor', bps(raw)]
    case 'liquidationThreshold':
      return ['liquidationThreshold', bps(raw)]
    case 'liquidationBonus':
      // Aave stores the bonus with its 10000 base (10450 = 4.5 %); 0 means "not collateral".
      return ['liquidationBonus', Number(raw) === 0 ? '0' : new Decimal(String(raw)).minus(10_000).div(10_000).toString()]
    case 'reserveFactor':
      return ['reserveFactor', bps(raw)]
    case 'liquidationProtocolFee':
      return ['liquidationProtocolFee', bps(raw)]
    case 'supplyCap':
    case 'borrowCap':
      return [param, String(raw)]
    case 'oracle':
      return ['oracle', String(raw)]
    case 'debtCeiling':
      // Aave keeps the debt ceiling in cents (2 decimals); the table shows dollars.
      return ['debtCeiling', new Decimal(String(raw)).div(100).toString()]
    case 'isPaused':
      return ['paused', String(raw)]
    case 'isFrozen':
      return ['frozen', String(raw)]
    case 'borrowingEnabled':
      return ['borrowingEnabled', String(raw)]
    case 'usageAsCollateralEnabled':
      return ['collateralEnabled', String(raw)]
    default:
      return null
  }
}

test('default: every risk value read from the tables of real Aave diff reports matches their raw on-chain JSON', () => {
  const files = readdirSync(new URL('aave-diffs/', directory)).filter((name) => name.endsWith('.md'))
  expect(files.length).toBeGreaterThanOrEqual(7)
  let compared = 0
  for (const file of files) {
    const markdown = read(`aave-diffs/${file}`)
    const raw = JSON.parse(/## Raw diff\s+```json\n([\s\S]*?)```/.exec(markdown)![1]) as { reserves?: Record<string, RawEntry> }
    const changes = parseParameterTables({ markdown, protocol: 'aave-v3', chainId: 1, market })
    const wanted = new Set<string>()
    for (const [asset, entry] of Object.entries(raw.reserves ?? {})) {
      // A new reserve is { from: null, to: {…its whole configuration} }; an altered one maps each field to { from, to }.
      const reserve: RawReserve = 'from' in entry && entry.from === null ? (entry.to as RawReserve) : (entry as RawReserve)
      for (const [param, value] of Object.entries(reserve)) {
        const isChange = typeof value === 'object' && value !== null
        const after = expected(param, isChange ? value.to : value)
        if (!after) continue
        const before = isChange ? expected(param, value.from)?.[1] : undefined
        if (before === after[1]) continue
        wanted.add(JSON.stringify([asset.toLowerCase(), after[0], before ?? null, after[1].toLowerCase()]))
      }
    }
    const got = new Set(changes.map((change) => JSON.stringify([change.asset?.toLowerCase(), change.param, change.before ?? null, change.after.toLowerCase()])))
    expect([...got].sort(), file).toEqual([...wanted].sort())
    compared += wanted.size
  }
  // The fixtures hold this many risk-parameter values; all of them were compared.
  expect(compared).toBe(60)
})

test('behavior: a row-per-asset forum table with a chain column', () => {
  const changes = parseParameterTables({ markdown: read('forum-layouts.md'), protocol: 'aave-v3', chainId: 1, market })
  expect(changes.filter((change) => change.param === 'collateralFactor')).toEqual([
    { protocol: 'aave-v3', chainId: 137, market, asset: null, symbol: 'USDC', param: 'collateralFactor', before: '0.75', after: '0', action: -1, note: 'read from the proposal text, not from calldata' },
    { protocol: 'aave-v3', chainId: 137, market, asset: null, symbol: 'DAI', param: 'collateralFactor', before: '0.63', after: '0', action: -1, note: 'read from the proposal text, not from calldata' },
  ])
})

test('behavior: parameter rows under an asset heading, and one column per asset', () => {
  const changes = parseParameterTables({ markdown: read('forum-layouts.md'), protocol: 'aave-v3', chainId: 1, market })
  const summary = changes.filter((change) => change.param !== 'collateralFactor').map(({ symbol, param, before, after }) => ({ symbol, param, before, after }))
  expect(summary).toEqual([
    { symbol: 'USD₮0', param: 'liquidationThreshold', before: '0', after: '0.78' },
    { symbol: 'USD₮0', param: 'liquidationBonus', before: undefined, after: '0.045' },
    { symbol: 'USD₮0', param: 'supplyCap', before: '190000000', after: '250000000' },
    { symbol: 'USD₮0', param: 'borrowCap', before: undefined, after: '220000000' },
    { symbol: 'WETH', param: 'borrowCap', before: undefined, after: '10000' },
    { symbol: 'USD₮0', param: 'collateralEnabled', before: undefined, after: 'true' },
  ])
})

test('behavior: text without tables, and tables of other things, give no changes', () => {
  expect(parseParameterTables({ markdown: 'We propose to raise the WETH LTV to 82%.', protocol: 'aave-v3', chainId: 1, market })).toEqual([])
  const votes = '| Option | Votes |\n| --- | --- |\n| YAE | 500,000 |'
  expect(parseParameterTables({ markdown: votes, protocol: 'aave-v3', chainId: 1, market })).toEqual([])
})
