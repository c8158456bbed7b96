import { formatUnits } from 'viem'
import type { ReserveConfiguration } from './decodeReserveConfiguration.ts'

const bps = (value: number) => formatUnits(BigInt(value), 4)

/**
 * The Firebreak parameters (model units: fractions, bonus as the excess, caps in whole tokens, debt ceiling
 * in USD) that one Aave v3 reserve configuration sets. The state loader and the payload probe share it.
 */
export function aaveReserveParameters(configuration: ReserveConfiguration) {
  return {
    collateralFactor: bps(configuration.ltv),
    liquidationThreshold: bps(configuration.liquidationThreshold),
    // The configuration stores the bonus with its 10,000 base (10,500 = 5 %); 0 when not collateral.
    liquidationBonus: configuration.liquidationBonus > 10_000 ? bps(configuration.liquidationBonus - 10_000) : '0',
    liquidationProtocolFee: bps(configuration.liquidationProtocolFee),
    reserveFactor: bps(configuration.reserveFactor),
    supplyCap: configuration.supplyCap.toString(),
    borrowCap: configuration.borrowCap.toString(),
    // DEBT_CEILING_DECIMALS = 2 (aave-v3-core ReserveConfiguration.sol)
    debtCeiling: formatUnits(configuration.debtCeiling, 2),
    frozen: configuration.frozen,
    paused: configuration.paused,
    borrowingEnabled: configuration.borrowingEnabled,
    // Aave v3 treats a reserve as collateral when its liquidation threshold is not zero.
    collateralEnabled: configuration.liquidationThreshold > 0,
    eModeCategory: configuration.eModeCategory,
  }
}
