import Decimal from 'decimal.js'
import type { ParameterChange, ParameterName, ProtocolFamily } from '../model.ts'

// One formatter for every surface (the verdict page, the terminal, Discord, Discourse) and for the checks' own
// sentences, so a number reads the same wherever a voter meets it.

/** "$12.3M", "$850k", "$0": what a verdict prints, from decimal.js so it is exact and reproducible. */
export function formatUsd(value: number | string): string {
  const amount = new Decimal(value)
  const magnitude = amount.abs()
  const sign = amount.isNegative() && !magnitude.isZero() ? '−' : ''
  if (magnitude.gte(1e9)) return `${sign}$${magnitude.div(1e9).toSignificantDigits(3).toString()}B`
  if (magnitude.gte(1e6)) return `${sign}$${magnitude.div(1e6).toSignificantDigits(3).toString()}M`
  if (magnitude.gte(1e3)) return `${sign}$${magnitude.div(1e3).toSignificantDigits(3).toString()}k`
  return `${sign}$${magnitude.toDecimalPlaces(0).toString()}`
}

/** "82.5 %" from "0.825". */
export function formatPercent(value: number | string): string {
  return `${new Decimal(value).times(100).toDecimalPlaces(2).toString()} %`
}

/** "1,037": a count as readers write it. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
}

const ratioParams = new Set<string>(['collateralFactor', 'liquidationThreshold', 'liquidationBonus', 'liquidationProtocolFee', 'reserveFactor', 'closeFactor'])
const flagParams = new Set<string>(['frozen', 'paused', 'borrowingEnabled', 'collateralEnabled', 'listed', 'active', 'supplyPaused', 'transferPaused', 'seizePaused'])

/**
 * A parameter value the way its readers write it: ratios in percent, caps as token amounts (with the token's symbol
 * when given), a debt ceiling in USD, flags as yes / no, addresses as is.
 * @example formatParameter('supplyCap', '1200000', 'WETH') // "1,200,000 WETH"
 */
export function formatParameter(param: string, value: string, symbol?: string): string {
  if (ratioParams.has(param)) return formatPercent(value)
  if (['supplyCap', 'borrowCap'].includes(param) && /^\d+(\.\d+)?$/.test(value)) {
    if (new Decimal(value).isZero()) return 'no cap'
    return `${new Decimal(value).toNumber().toLocaleString('en-US')}${symbol ? ` ${symbol}` : ''}`
  }
  if (param === 'debtCeiling' && /^\d+(\.\d+)?$/.test(value)) return formatUsd(value)
  if (flagParams.has(param) && (value === 'true' || value === 'false')) return value === 'true' ? 'yes' : 'no'
  return value
}

/** Parameter names as Aave governance writes them (the Aave v2 and v3 config engines, the Aave app). */
const aaveNames: Record<ParameterName, string> = {
  collateralFactor: 'LTV',
  liquidationThreshold: 'Liquidation threshold',
  liquidationBonus: 'Liquidation bonus',
  liquidationProtocolFee: 'Liquidation protocol fee',
  supplyCap: 'Supply cap',
  borrowCap: 'Borrow cap',
  debtCeiling: 'Debt ceiling',
  reserveFactor: 'Reserve factor',
  oracle: 'Price source',
  frozen: 'Frozen',
  paused: 'Paused',
  borrowingEnabled: 'Borrowing enabled',
  collateralEnabled: 'Usable as collateral',
  closeFactor: 'Close factor',
  eModeCategory: 'E-Mode category',
  listed: 'Listed',
  active: 'Active',
  supplyPaused: 'Supply paused',
  transferPaused: 'Transfers paused',
  seizePaused: 'Seizing paused',
}

/** Where Compound names a parameter differently: Comptroller setters (v2), Comet's asset configuration (III). */
const compoundNames: Partial<Record<ProtocolFamily, Partial<Record<ParameterName, string>>>> = {
  'compound-v2': { collateralFactor: 'Collateral factor', liquidationBonus: 'Liquidation incentive', oracle: 'Price oracle', supplyPaused: 'Mint paused' },
  'compound-v3': { collateralFactor: 'Borrow collateral factor', liquidationThreshold: 'Liquidate collateral factor', liquidationBonus: 'Liquidation penalty', oracle: 'Price feed' },
}

/**
 * A parameter's name as the protocol's own governance writes it: "LTV" and "Liquidation threshold" on Aave,
 * "Collateral factor" on Compound v2, "Borrow collateral factor" on Compound III. Capitalised, for a table cell.
 * @example parameterLabel('collateralFactor', 'aave-v3') // "LTV"
 */
export function parameterLabel(param: ParameterName, protocol?: ProtocolFamily): string {
  return (protocol && compoundNames[protocol]?.[param]) ?? aaveNames[param]
}

/** The same name inside a sentence: "wstETH liquidation threshold", "WETH LTV" (an acronym keeps its capitals). */
export function parameterInSentence(param: ParameterName, protocol?: ProtocolFamily): string {
  const label = parameterLabel(param, protocol)
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1)
}

/** A change's values with units, before → after: "81 % → 83 %", "→ 1,200,000 WETH" when the value before is unknown. */
export function formatChangeValues(change: Pick<ParameterChange, 'param' | 'before' | 'after' | 'symbol'>): string {
  const after = formatParameter(change.param, change.after, change.symbol)
  // The token's symbol once, after the second amount: "1,000,000 → 1,200,000 WETH".
  return change.before === undefined ? `→ ${after}` : `${formatParameter(change.param, change.before)} → ${after}`
}

/**
 * One parameter change as a line: "wstETH liquidation threshold 81 % → 83 %".
 * @example formatChange(change) // "WETH supply cap 1,000,000 → 1,200,000 WETH"
 */
export function formatChange(change: Pick<ParameterChange, 'param' | 'before' | 'after' | 'symbol' | 'asset' | 'protocol'>): string {
  return `${change.symbol ?? change.asset ?? 'market'} ${parameterInSentence(change.param, change.protocol)} ${formatChangeValues(change)}`
}

/**
 * How readers number a proposal's actions: from 1, as governance UIs do; -1 stands for the proposal as a whole. A
 * pre-check's changes come from no proposal action at all, so they read "Pre-check".
 */
export function actionLabel(index: number, { precheck = false }: { precheck?: boolean } = {}): string {
  if (precheck) return 'Pre-check'
  return index < 0 ? 'The proposal' : `Action ${index + 1}`
}

/** A finding's metric value in its unit: USD abbreviated, fractions in percent, other numbers to 4 significant digits. */
export function formatMetric(value: string, unit: string): string {
  if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(value)) return value
  if (unit === 'USD') return formatUsd(value)
  if (unit === 'fraction') return formatPercent(value)
  const number = new Decimal(value).toSignificantDigits(4).toString()
  return unit && unit !== 'ratio' ? `${number} ${unit}` : number
}

/** "Bad debt at 99 % VaR: $4.16M → $5.2M": a finding's metric as every surface prints it. */
export function formatFindingMetric(metric: { name: string; before: string; after: string; unit: string }): string {
  const name = metric.name.charAt(0).toUpperCase() + metric.name.slice(1)
  return `${name}: ${formatMetric(metric.before, metric.unit)} → ${formatMetric(metric.after, metric.unit)}`
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "25 Nov 2026, 15:00 UTC" from an ISO timestamp: one reading for every reader, whatever their time zone. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`
}

/**
 * How long ago, as a reader says it: "just now", "12 min ago", "2 h ago", "3 days ago"; past 60 days, the date.
 * @example formatAge('2026-11-25T13:00:00Z', Date.parse('2026-11-25T15:00:00Z')) // "2 h ago"
 */
export function formatAge(iso: string, now: number): string {
  const then = Date.parse(iso)
  if (Number.isNaN(then)) return iso
  const minutes = Math.floor((now - then) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h ago`
  const days = Math.floor(hours / 24)
  return days <= 60 ? `${days} days ago` : formatTimestamp(iso).replace(/, .*$/, '')
}
