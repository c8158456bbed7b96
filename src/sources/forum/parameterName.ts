import type { ParameterName } from '../../model.ts'

const names: Record<string, ParameterName> = {
  ltv: 'collateralFactor',
  loantovalue: 'collateralFactor',
  maxltv: 'collateralFactor',
  maximumltv: 'collateralFactor',
  collateralfactor: 'collateralFactor',
  cf: 'collateralFactor',
  borrowcollateralfactor: 'collateralFactor',
  lt: 'liquidationThreshold',
  liquidationthreshold: 'liquidationThreshold',
  liqthreshold: 'liquidationThreshold',
  liquidatecollateralfactor: 'liquidationThreshold',
  lb: 'liquidationBonus',
  liquidationbonus: 'liquidationBonus',
  liquidationpenalty: 'liquidationBonus',
  liquidationincentive: 'liquidationBonus',
  liqbonus: 'liquidationBonus',
  liquidationprotocolfee: 'liquidationProtocolFee',
  protocolfee: 'liquidationProtocolFee',
  supplycap: 'supplyCap',
  borrowcap: 'borrowCap',
  debtceiling: 'debtCeiling',
  reservefactor: 'reserveFactor',
  rf: 'reserveFactor',
  oracle: 'oracle',
  pricefeed: 'oracle',
  pricesource: 'oracle',
  isfrozen: 'frozen',
  frozen: 'frozen',
  ispaused: 'paused',
  paused: 'paused',
  borrowingenabled: 'borrowingEnabled',
  borrowing: 'borrowingEnabled',
  borrowable: 'borrowingEnabled',
  enableborrow: 'borrowingEnabled',
  usageascollateralenabled: 'collateralEnabled',
  collateralenabled: 'collateralEnabled',
  enablecollateral: 'collateralEnabled',
  usedascollateral: 'collateralEnabled',
  closefactor: 'closeFactor',
  emodecategory: 'eModeCategory',
}

/**
 * The Firebreak parameter a forum label or an Aave diff row names ("Current LTV" → after role words
 * are removed → "LTV" → collateralFactor; "liquidationThreshold" → liquidationThreshold), or null.
 */
export function parameterName(label: string): ParameterName | null {
  const key = label
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z]/g, '')
  return names[key] ?? null
}
