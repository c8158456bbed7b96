import { formatUnits } from 'viem'
import type { ConfigurationBits } from './readConfigurationBits.ts'

const bps = (value: bigint) => formatUnits(value, 4)

/**
 * The Firebreak parameters (model units: fractions, bonus as the excess, caps in whole tokens, debt ceiling
 * in USD) that one Aave v3 reserve configuration sets. The state loader and the payload probe share it.
 */
export function aaveReserveParameters(configuration: ConfigurationBits) {
  return {
    collateralFactor: bps(configuration.ltvBps),
    liquidationThreshold: bps(configuration.liquidationThresholdBps),
    // The configuration stores the bonus with its 10,000 base (10,500 = 5 %); 0 when not collateral.
    liquidationBonus: configuration.liquidationBonusBps > 10_000n ? bps(configuration.liquidationBonusBps - 10_000n) : '0',
    liquidationProtocolFee: bps(configuration.liquidationProtocolFeeBps),
    reserveFactor: bps(configuration.reserveFactorBps),
    supplyCap: configuration.supplyCap.toString(),
    borrowCap: configuration.borrowCap.toString(),
    debtCeiling: formatUnits(configuration.debtCeilingCents, 2),
    frozen: configuration.frozen,
    paused: configuration.paused,
    borrowingEnabled: configuration.borrowingEnabled,
    // Aave v3 treats a reserve as collateral when its liquidation threshold is not zero.
    collateralEnabled: configuration.liquidationThresholdBps > 0n,
    eModeCategory: configuration.eModeCategory,
  }
}
