// Bit layout of Aave's ReserveConfigurationMap.data (uint256), as in
// aave/protocol-v2 contracts/protocol/libraries/configuration/ReserveConfiguration.sol (bits 0–79, caps at 80/116 in later v2 code)
// and aave/aave-v3-core contracts/protocol/libraries/configuration/ReserveConfiguration.sol (adds bits 60–63 and 152–251),
// aave-dao/aave-v3-origin for bit 252 (virtual accounting, v3.1+). The v2 layout is a prefix of v3's: on a v2
// reserve the v3-only fields read 0 / false.

export type ReserveConfiguration = {
  /** bps: 8250 = 82.5 % */
  ltv: number
  /** bps */
  liquidationThreshold: number
  /** bps including the 100 % base: 10750 = 7.5 % bonus */
  liquidationBonus: number
  decimals: number
  active: boolean
  frozen: boolean
  borrowingEnabled: boolean
  stableBorrowRateEnabled: boolean
  /** v3 */
  paused: boolean
  /** v3 */
  borrowableInIsolation: boolean
  /** v3 */
  siloedBorrowing: boolean
  /** v3 */
  flashLoanEnabled: boolean
  /** bps */
  reserveFactor: number
  /** whole tokens, 0 = no cap */
  borrowCap: bigint
  /** whole tokens, 0 = no cap */
  supplyCap: bigint
  /** v3, bps of the liquidation bonus */
  liquidationProtocolFee: number
  /** v3 (≤ 3.1; later versions keep eMode membership elsewhere) */
  eModeCategory: number
  /** v3, whole tokens */
  unbackedMintCap: bigint
  /** v3, USD with 2 decimals (DEBT_CEILING_DECIMALS) */
  debtCeiling: bigint
  /** v3.1+ */
  virtualAccountingEnabled: boolean
}

const field = (data: bigint, start: number, bits: number) => (data >> BigInt(start)) & ((1n << BigInt(bits)) - 1n)
const flag = (data: bigint, bit: number) => field(data, bit, 1) === 1n

/**
 * Split an Aave reserve configuration bitmap into its fields, in the protocol's own units.
 *
 * @example
 * decodeReserveConfiguration(36893853548110217744888n).ltv // 4600 (YFI on Aave v2 after proposal 74)
 */
export function decodeReserveConfiguration(bitmap: bigint): ReserveConfiguration {
  if (bitmap < 0n || bitmap >= 1n << 256n) throw new RangeError(`reserve configuration must be a uint256, got ${bitmap}`)
  return {
    ltv: Number(field(bitmap, 0, 16)),
    liquidationThreshold: Number(field(bitmap, 16, 16)),
    liquidationBonus: Number(field(bitmap, 32, 16)),
    decimals: Number(field(bitmap, 48, 8)),
    active: flag(bitmap, 56),
    frozen: flag(bitmap, 57),
    borrowingEnabled: flag(bitmap, 58),
    stableBorrowRateEnabled: flag(bitmap, 59),
    paused: flag(bitmap, 60),
    borrowableInIsolation: flag(bitmap, 61),
    siloedBorrowing: flag(bitmap, 62),
    flashLoanEnabled: flag(bitmap, 63),
    reserveFactor: Number(field(bitmap, 64, 16)),
    borrowCap: field(bitmap, 80, 36),
    supplyCap: field(bitmap, 116, 36),
    liquidationProtocolFee: Number(field(bitmap, 152, 16)),
    eModeCategory: Number(field(bitmap, 168, 8)),
    unbackedMintCap: field(bitmap, 176, 36),
    debtCeiling: field(bitmap, 212, 40),
    virtualAccountingEnabled: flag(bitmap, 252),
  }
}
