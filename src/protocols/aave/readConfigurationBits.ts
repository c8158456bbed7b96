/**
 * The fields of an Aave v3 `ReserveConfigurationMap.data` word, as the integers the contract stores.
 * Bit layout from aave-v3-core `ReserveConfiguration.sol` (the `*_MASK` / `*_START_BIT_POSITION` constants).
 * A minimal reader for the state loader and the payload probe; `decodeReserveConfiguration` (decode side)
 * is the richer one.
 */
export type ConfigurationBits = {
  ltvBps: bigint
  liquidationThresholdBps: bigint
  /** Includes the 10,000 base (10,500 = 5 % bonus); 0 when the asset is not collateral. */
  liquidationBonusBps: bigint
  decimals: number
  active: boolean
  frozen: boolean
  borrowingEnabled: boolean
  stableBorrowingEnabled: boolean
  paused: boolean
  borrowableInIsolation: boolean
  siloedBorrowing: boolean
  flashLoanEnabled: boolean
  reserveFactorBps: bigint
  /** Whole tokens; 0 = no cap. */
  borrowCap: bigint
  supplyCap: bigint
  liquidationProtocolFeeBps: bigint
  eModeCategory: number
  unbackedMintCap: bigint
  /** USD with 2 decimals; 0 = not an isolated asset. */
  debtCeilingCents: bigint
}

const bits = (data: bigint, start: number, length: number) => (data >> BigInt(start)) & ((1n << BigInt(length)) - 1n)

export function readConfigurationBits(data: bigint): ConfigurationBits {
  return {
    ltvBps: bits(data, 0, 16),
    liquidationThresholdBps: bits(data, 16, 16),
    liquidationBonusBps: bits(data, 32, 16),
    decimals: Number(bits(data, 48, 8)),
    active: bits(data, 56, 1) === 1n,
    frozen: bits(data, 57, 1) === 1n,
    borrowingEnabled: bits(data, 58, 1) === 1n,
    stableBorrowingEnabled: bits(data, 59, 1) === 1n,
    paused: bits(data, 60, 1) === 1n,
    borrowableInIsolation: bits(data, 61, 1) === 1n,
    siloedBorrowing: bits(data, 62, 1) === 1n,
    flashLoanEnabled: bits(data, 63, 1) === 1n,
    reserveFactorBps: bits(data, 64, 16),
    borrowCap: bits(data, 80, 36),
    supplyCap: bits(data, 116, 36),
    liquidationProtocolFeeBps: bits(data, 152, 16),
    eModeCategory: Number(bits(data, 168, 8)),
    unbackedMintCap: bits(data, 176, 36),
    debtCeilingCents: bits(data, 212, 40),
  }
}
