import Decimal from 'decimal.js'

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

/** A parameter value the way its readers write it: ratios in percent, caps as token amounts, addresses as is. */
export function formatParameter(param: string, value: string): string {
  if (['collateralFactor', 'liquidationThreshold', 'liquidationBonus', 'liquidationProtocolFee', 'reserveFactor', 'closeFactor'].includes(param))
    return formatPercent(value)
  if (['supplyCap', 'borrowCap'].includes(param) && /^\d+(\.\d+)?$/.test(value)) return new Decimal(value).toNumber().toLocaleString('en-US')
  if (param === 'debtCeiling' && /^\d+(\.\d+)?$/.test(value)) return formatUsd(value)
  return value
}

/** A finding's metric value in its unit: USD abbreviated, fractions in percent, other numbers to 4 significant digits. */
export function formatMetric(value: string, unit: string): string {
  if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(value)) return value
  if (unit === 'USD') return formatUsd(value)
  if (unit === 'fraction') return formatPercent(value)
  const number = new Decimal(value).toSignificantDigits(4).toString()
  return unit && unit !== 'ratio' ? `${number} ${unit}` : number
}

/** "VaR99 bad debt: $4.16M → $5.2M": a finding's metric as every surface prints it. */
export function formatFindingMetric(metric: { name: string; before: string; after: string; unit: string }): string {
  return `${metric.name}: ${formatMetric(metric.before, metric.unit)} → ${formatMetric(metric.after, metric.unit)}`
}
