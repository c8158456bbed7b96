import Decimal from 'decimal.js'
import type { ParameterName } from '../../model.ts'

const ratios = new Set<ParameterName>(['collateralFactor', 'liquidationThreshold', 'liquidationBonus', 'liquidationProtocolFee', 'reserveFactor', 'closeFactor'])
const flags = new Set<ParameterName>(['frozen', 'paused', 'borrowingEnabled', 'collateralEnabled'])
const unchanged = /^(?:-+|—|–|n\/?a|none|unchanged|no change|same|tbd|\?|)$/i
const suffixes: Record<string, number> = { k: 3, m: 6, b: 9 }

function percentOrFraction(text: string): Decimal | null {
  const percent = /(-?\d[\d,]*(?:\.\d+)?)\s*%/.exec(text)
  if (percent) return new Decimal(percent[1].replaceAll(',', '')).div(100)
  const number = /-?\d[\d,]*(?:\.\d+)?/.exec(text)
  if (!number) return null
  const value = new Decimal(number[0].replaceAll(',', ''))
  // A bare number is a fraction ("0.825"), a percentage ("82.5") or basis points ("8250").
  if (value.lte(1)) return value
  if (value.lte(100)) return value.div(100)
  return value.div(10_000)
}

function amount(text: string): Decimal | null {
  const match = /(\d[\d,]*(?:\.\d+)?)\s*([kmb])?\b/i.exec(text.replace(/\[.*?\]/g, ''))
  if (!match) return null
  const value = new Decimal(match[1].replaceAll(',', ''))
  return match[2] ? value.mul(new Decimal(10).pow(suffixes[match[2].toLowerCase()])) : value
}

function flag(text: string): string | null {
  const value = text.toLowerCase()
  if (/^(true|yes|y|enabled?|on|:white_check_mark:|✅|✓)$/.test(value)) return 'true'
  if (/^(false|no|n|disabled?|off|:x:|❌|✗)$/.test(value)) return 'false'
  return null
}

/**
 * Reads one table cell as a Firebreak parameter value (model.ts conventions): ratios become fractions
 * ("82.5%" → "0.825"; a liquidation bonus written with its base, "107.5%" or "[10750]", becomes the
 * excess "0.075"), caps and ceilings whole units ("1,750 ezETH" → "1750", "$10M" → "10000000"),
 * oracles an address, flags "true"/"false". Returns null for "-", "N/A", "unchanged" and anything unreadable.
 */
export function parseParameterValue(param: ParameterName, cell: string): string | null {
  const text = cell.replace(/\*+/g, '').trim()
  if (unchanged.test(text)) return null
  if (param === 'oracle') return /0x[0-9a-fA-F]{40}/.exec(text)?.[0] ?? null
  if (flags.has(param)) return flag(text)
  if (param === 'eModeCategory') return /\d+/.exec(text)?.[0] ?? null
  if (ratios.has(param)) {
    const value = percentOrFraction(text)
    if (value === null) return null
    return (param === 'liquidationBonus' && value.gte(1) ? value.minus(1) : value).toString()
  }
  return amount(text)?.toString() ?? null
}
