import type { Address, ParameterChange, ParameterName, ProtocolFamily } from '../../model.ts'
import { parameterName } from './parameterName.ts'
import { type MarkdownTable, parseMarkdownTables } from './parseMarkdownTables.ts'
import { parseParameterValue } from './parseParameterValue.ts'

export type ParseParameterTablesParameters = {
  /** Markdown: a forum post's raw text, a Snapshot body, or an Aave diff report. */
  markdown: string
  /** Where the changes apply when the table does not say: the watched DAO's market. */
  protocol: ProtocolFamily
  chainId: number
  market: Address
}

export type ParseParameterTablesReturnType = ParameterChange[]

type Role = 'before' | 'after'

const beforeWords = /\b(current|before|old|existing|present|prior)\b/i
const afterWords = /\b(recommended|recommendation|proposed|proposal|new|after|target|updated|suggested)\b/i
const assetHeader = /^(asset|assets|token|collateral|reserve|symbol|asset name|market)$/i
const chainHeader = /^(chain|network|deployment|instance|pool)$/i
const parameterHeader = /^(description|parameter|parameters|param|risk parameter|)$/i

/** Chains named in Aave and Compound forum tables. Ids from each chain's own documentation. */
const chainIds: Record<string, number> = {
  ethereum: 1,
  mainnet: 1,
  optimism: 10,
  bnb: 56,
  'bnb chain': 56,
  gnosis: 100,
  polygon: 137,
  sonic: 146,
  zksync: 324,
  metis: 1088,
  mantle: 5000,
  base: 8453,
  arbitrum: 42161,
  celo: 42220,
  avalanche: 43114,
  linea: 59144,
  scroll: 534352,
}

function role(label: string): Role | null {
  if (afterWords.test(label)) return 'after'
  if (beforeWords.test(label)) return 'before'
  return null
}

function withoutRoleWords(label: string): string {
  return label.replace(new RegExp(`${beforeWords.source}|${afterWords.source}|\\bvalues?\\b`, 'gi'), '').trim()
}

/** "USD₮0 (0x0200…)" or "USDC ([0x2791…](https://…))" → symbol and address. */
function assetOf(text: string): { symbol: string; address: Address | null } {
  const address = (/0x[0-9a-fA-F]{40}/.exec(text)?.[0] as Address | undefined) ?? null
  const symbol = text.replace(/\(.*$/, '').replace(/[`*]/g, '').trim()
  return { symbol, address }
}

/** A heading names an asset when it carries an address ("#### USDC (0x…)") or is one short word ("### WETH"). */
function assetOfHeading(heading: string): { symbol: string; address: Address | null } | null {
  const asset = assetOf(heading)
  return asset.address || /^\S{1,24}$/.test(asset.symbol) ? asset : null
}

type Cell = { symbol: string; address: Address | null; chainId: number | null; param: ParameterName; before: string | undefined; after: string }

function fromRowPerParameter(table: MarkdownTable): Cell[] {
  const roles = table.header.map((label, column) => (column === 0 ? null : role(label)))
  const assetColumn = table.header.findIndex((label) => assetHeader.test(label))
  const chainColumn = table.header.findIndex((label) => chainHeader.test(label))
  let afterColumn = roles.lastIndexOf('after')
  const beforeColumn = roles.indexOf('before')
  // "| description | value |": the only value column is the new value (an Aave diff's added reserve).
  if (afterColumn < 0 && table.header.length === 2) afterColumn = 1
  if (afterColumn < 0) return []
  const heading = assetOfHeading(table.heading)
  if (assetColumn < 0 && !heading) return []
  return table.rows.flatMap((row) => {
    const param = parameterName(row[0])
    if (!param) return []
    const after = parseParameterValue(param, row[afterColumn])
    if (after === null) return []
    const before = beforeColumn >= 0 ? (parseParameterValue(param, row[beforeColumn]) ?? undefined) : undefined
    const asset = assetColumn > 0 ? assetOf(row[assetColumn]) : heading
    if (!asset) return []
    return [{ ...asset, chainId: chainColumn > 0 ? chainId(row[chainColumn]) : null, param, before, after }]
  })
}

function fromRowPerAsset(table: MarkdownTable, assetColumn: number): Cell[] {
  const chainColumn = table.header.findIndex((label) => chainHeader.test(label))
  const columns = table.header.map((label) => ({ role: role(label) ?? 'after', param: parameterName(withoutRoleWords(label)) }))
  return table.rows.flatMap((row) => {
    const asset = assetOf(row[assetColumn])
    const byParam = new Map<ParameterName, { before?: string; after?: string }>()
    columns.forEach(({ role, param }, column) => {
      if (!param || column === assetColumn || column === chainColumn) return
      const value = parseParameterValue(param, row[column])
      if (value === null) return
      byParam.set(param, { ...byParam.get(param), [role]: value })
    })
    return [...byParam].flatMap(([param, { before, after }]) =>
      after === undefined ? [] : [{ ...asset, chainId: chainColumn >= 0 ? chainId(row[chainColumn]) : null, param, before, after }],
    )
  })
}

/** "| Parameter | BNB | BTCB |" with one row per parameter: each column after the first is an asset, values are the new ones. */
function fromAssetColumns(table: MarkdownTable): Cell[] {
  return table.rows.flatMap((row) => {
    const param = parameterName(row[0])
    if (!param) return []
    return table.header.slice(1).flatMap((label, index) => {
      const after = parseParameterValue(param, row[index + 1])
      return after === null ? [] : [{ ...assetOf(label), chainId: null, param, before: undefined, after }]
    })
  })
}

function chainId(text: string): number | null {
  return chainIds[text.replace(/[^a-zA-Z ]/g, '').trim().toLowerCase()] ?? null
}

function cellsOf(table: MarkdownTable): Cell[] {
  // E-mode categories have their own LTV/LT/LB; the model has no e-mode parameters yet.
  if (/^e-?mode\b/i.test(table.heading)) return []
  const assetColumn = table.header.findIndex((label) => assetHeader.test(label))
  const rowsNameParameters = table.rows.some((row) => parameterName(row[0]) !== null)
  if (assetColumn >= 0 && table.header.some((label, column) => column !== assetColumn && parameterName(withoutRoleWords(label))))
    return fromRowPerAsset(table, assetColumn)
  if (!rowsNameParameters || (!parameterHeader.test(table.header[0]) && parameterName(table.header[0]) === null)) return []
  if (table.header.slice(1).some((label) => role(label) !== null) || table.header.length === 2) return fromRowPerParameter(table)
  return fromAssetColumns(table)
}

/**
 * Reads the parameter tables of a risk proposal into ParameterChanges, so a change is checked while it
 * is still being discussed. Three layouts are understood:
 * - one row per asset: "| Asset | Current LTV | Recommended LTV |" (optionally a Chain column);
 * - one row per parameter under an asset heading (e-mode tables are skipped): "| Parameter | Current Value | Proposed Value |" or
 *   Aave's diff reports "#### USDC (0x…)" + "| description | value before | value after |";
 * - one column per asset: "| Parameter | BNB | BTCB |" holding the new values.
 * Rows whose value is unchanged, unreadable or "N/A" are left out. `asset` is the address when the
 * text gives one, else null with the symbol set; `action` is -1 (no on-chain action yet).
 *
 * @example
 * parseParameterTables({ markdown: '| Asset | Current LTV | Recommended LTV |\n|---|---|---|\n| WETH | 80% | 82% |', protocol: 'aave-v3', chainId: 1, market })
 * // [{ symbol: 'WETH', param: 'collateralFactor', before: '0.8', after: '0.82', … }]
 */
export function parseParameterTables({ markdown, protocol, chainId: defaultChainId, market }: ParseParameterTablesParameters): ParseParameterTablesReturnType {
  const changes: ParameterChange[] = []
  const seen = new Set<string>()
  for (const table of parseMarkdownTables(markdown))
    for (const cell of cellsOf(table)) {
      if (cell.before !== undefined && cell.before === cell.after) continue
      const change: ParameterChange = {
        protocol,
        chainId: cell.chainId ?? defaultChainId,
        market,
        asset: cell.address,
        symbol: cell.symbol,
        param: cell.param,
        ...(cell.before === undefined ? {} : { before: cell.before }),
        after: cell.after,
        action: -1,
        note: 'read from the proposal text, not from calldata',
      }
      const key = JSON.stringify([change.chainId, change.asset ?? change.symbol, change.param, change.before, change.after])
      if (seen.has(key)) continue
      seen.add(key)
      changes.push(change)
    }
  return changes
}
