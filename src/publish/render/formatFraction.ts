import Decimal from 'decimal.js'

/**
 * A fraction as a percentage with up to two decimals: "0.825" → "82.5%".
 * @example formatFraction('0.05') // "5%"
 */
export function formatFraction(fraction: number | string): string {
  const percent = new Decimal(fraction).mul(100).toDecimalPlaces(2)
  return `${percent.toFixed().replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}%`
}
