import Decimal from 'decimal.js'

/**
 * A USD amount for people: "$0", "$950", "$12.3K", "$4.56M", "$1.2B".
 * The number goes through decimal.js so the printed digits are the same everywhere.
 * @example formatUsd(1234567) // "$1.23M"
 */
export function formatUsd(usd: number | string): string {
  const value = new Decimal(usd)
  const sign = value.isNegative() ? '-' : ''
  const abs = value.abs()
  const units: [Decimal, string][] = [
    [new Decimal(1e9), 'B'],
    [new Decimal(1e6), 'M'],
    [new Decimal(1e3), 'K'],
  ]
  for (const [size, suffix] of units) {
    if (abs.gte(size)) return `${sign}$${trim(abs.div(size).toSignificantDigits(3))}${suffix}`
  }
  return `${sign}$${trim(abs.toDecimalPlaces(abs.gte(1) || abs.isZero() ? 0 : 2))}`
}

function trim(value: Decimal): string {
  return value.toFixed().replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')
}
