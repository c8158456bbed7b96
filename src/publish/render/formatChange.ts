import type { ParameterChange, ParameterName } from '../../model.ts'
import { formatParameter } from '../../verdict/format.ts'

/** Parameter names as a reader says them. */
export const parameterNames: Record<ParameterName, string> = {
  collateralFactor: 'collateral factor',
  liquidationThreshold: 'liquidation threshold',
  liquidationBonus: 'liquidation bonus',
  liquidationProtocolFee: 'liquidation protocol fee',
  supplyCap: 'supply cap',
  borrowCap: 'borrow cap',
  debtCeiling: 'debt ceiling',
  reserveFactor: 'reserve factor',
  oracle: 'oracle',
  frozen: 'frozen',
  paused: 'paused',
  borrowingEnabled: 'borrowing enabled',
  collateralEnabled: 'collateral enabled',
  closeFactor: 'close factor',
  eModeCategory: 'e-mode category',
  listed: 'listed',
  active: 'active',
  supplyPaused: 'supply paused',
  transferPaused: 'transfers paused',
  seizePaused: 'seizing paused',
}

/**
 * One parameter change as a line: "wstETH liquidation threshold: 81 % → 83 %".
 * @example formatChange(change) // "WETH supply cap: 1,000,000 → 1,200,000"
 */
export function formatChange(change: ParameterChange): string {
  const what = `${change.symbol ?? change.asset ?? 'market'} ${parameterNames[change.param]}`
  const after = formatParameter(change.param, change.after)
  if (change.before === undefined) return `${what}: → ${after}`
  return `${what}: ${formatParameter(change.param, change.before)} → ${after}`
}
