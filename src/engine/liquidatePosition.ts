import { aaveV3LiquidationCall } from './liquidation/aaveV3LiquidationCall.ts'
import { CALL_EXECUTED, emptyTally, type LiquidationContext } from './liquidation/liquidationContext.ts'
import { positionHealth } from './liquidation/positionHealth.ts'
import { INFINITE_LIQUIDITY } from './market/compileLiquidity.ts'
import { type CompiledMarket, PROTOCOL_AAVE_V3 } from './market/compileMarket.ts'

export type LiquidationOutcome = {
  liquidations: number
  /** USD of debt repaid by liquidators. */
  repaidUsd: number
  /** USD of collateral seized (including the bonus and the protocol's fee). */
  seizedUsd: number
  /** USD of the bonus kept by the protocol (liquidation protocol fee). */
  protocolFeeUsd: number
  /** USD of debt left with no collateral behind it: Aave v3.3 burns it as a deficit. */
  badDebtUsd: number
}

export type LiquidatePositionParameters = {
  /** This position's collateral and debt, token units per asset; both are consumed in place. */
  collateral: Float64Array
  debt: Float64Array
  price: Float64Array
  liquidationThreshold: Float64Array
  liquidationBonus: Float64Array
  liquidationProtocolFee: Float64Array
  collateralEnabled: Uint8Array
}

/** Liquidation calls on one position before giving up (each call at least halves a debt reserve or ends it). */
const MAX_LIQUIDATION_CALLS = 64

/**
 * Liquidates one position at fixed prices, with infinitely deep liquidity and free gas, by Aave v3.3's rules
 * (see aaveV3LiquidationCall): calls repeat while the health factor is below 1. A worked-example tool; the stress engine
 * runs the same call inside its cascade.
 */
export function liquidatePosition(position: LiquidatePositionParameters): LiquidationOutcome {
  const { collateral, debt, price, liquidationThreshold, liquidationBonus, liquidationProtocolFee, collateralEnabled } = position
  const assetCount = price.length
  const market = {
    protocol: PROTOCOL_AAVE_V3,
    liquidationProtocolFee,
    collateralEnabled,
    liquidity: Array.from({ length: assetCount }, () => INFINITE_LIQUIDITY),
    entryStart: Int32Array.of(0, assetCount),
    entryAsset: Int32Array.from({ length: assetCount }, (_, asset) => asset),
    entryPrice: Int32Array.from({ length: assetCount }, (_, asset) => asset),
    entryLiquidationThreshold: liquidationThreshold.map((threshold, asset) => (collateralEnabled[asset] ? threshold : 0)),
    entryLiquidationBonus: liquidationBonus,
  } as Partial<CompiledMarket> as CompiledMarket // only the fields a liquidation call reads
  const tally = emptyTally()
  const context: LiquidationContext = { market, collateral, debt, oraclePrice: price, marketPrice: price, soldUsd: new Float64Array(assetCount), gasUsd: 0, tally }
  for (let call = 0; call < MAX_LIQUIDATION_CALLS; call++) {
    const health = positionHealth(context, 0)
    if (health >= 1 || aaveV3LiquidationCall(context, 0, health) !== CALL_EXECUTED) break
  }
  const protocolFeeUsd = tally.protocolFeeUsd
  return { liquidations: tally.liquidations, repaidUsd: tally.repaidUsd, seizedUsd: tally.seizedUsd + protocolFeeUsd, protocolFeeUsd, badDebtUsd: tally.badDebtUsd }
}
