import Decimal from 'decimal.js'
import type { ParameterName } from '../../model.ts'
import { formatFraction } from './formatFraction.ts'

const ratios = new Set<ParameterName>([
  'collateralFactor',
  'liquidationThreshold',
  'liquidationBonus',
  'liquidationProtocolFee',
  'reserveFactor',
  'closeFactor',
])

/** A parameter value for people: ratios as percentages, caps with thousands separators, addresses as is. */
export function formatParameterValue(param: ParameterName, value: string): string {
  if (ratios.has(param) && isNumber(value)) return formatFraction(value)
  if ((param === 'supplyCap' || param === 'borrowCap' || param === 'debtCeiling') && isNumber(value)) {
    const [whole, fraction] = new Decimal(value).toFixed().split('.')
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    return fraction ? `${grouped}.${fraction}` : grouped
  }
  return value
}

function isNumber(value: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(value)
}
