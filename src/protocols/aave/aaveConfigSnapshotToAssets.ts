import Decimal from 'decimal.js'
import type { Address, AssetState } from '../../model.ts'

/** One reserve as bgd-labs/aave-proposals-v3 `reports/*.json` config snapshots record it (fields used here). */
export type AaveConfigSnapshotReserve = {
  symbol: string
  underlying: Address
  decimals: number
  ltv: number
  liquidationThreshold: number
  /** bps including the 10000 base: 10500 = 5 % bonus */
  liquidationBonus: number
  liquidationProtocolFee: number
  reserveFactor: number
  /** whole tokens, 0 = no cap */
  supplyCap: number
  borrowCap: number
  /** USD with 2 decimals (ReserveConfiguration.DEBT_CEILING_DECIMALS = 2), 0 = not isolated */
  debtCeiling: number
  isFrozen: boolean
  isPaused: boolean
  borrowingEnabled: boolean
  usageAsCollateralEnabled: boolean
  isBorrowableInIsolation: boolean
  oracle: Address
  oracleDecimals?: number
  oracleDescription?: string
  oracleName?: string
  oracleLatestAnswer: number
}

export type AaveConfigSnapshot = {
  chainId: number
  poolConfig: { pool: Address; oracle: Address }
  reserves: Record<string, AaveConfigSnapshotReserve>
}

/** Aave v3 AaveOracle prices are in BASE_CURRENCY_UNIT = 1e8 USD on Ethereum; used where the snapshot omits oracleDecimals. */
const AAVE_ORACLE_BASE_DECIMALS = 8
/**
 * GhoOracle on Ethereum returns a constant 1e8 (GHO priced at 1 USD, gho-core `GhoOracle.sol`). Every other source in
 * the Oct 2023 snapshot is a Chainlink feed or a BGD adapter multiplying a Chainlink feed by an exchange rate
 * ("wstETH/ETH/USD"): not capped (CAPO adapters arrived on Ethereum in 2024), so they are kind 'chainlink'.
 */
const GHO_ORACLE = '0xd110cac5d8682a3b045d5524a9903e031d70fccd'
const STABLECOINS = new Set(['USDC', 'USDT', 'DAI', 'LUSD', 'FRAX', 'GHO', 'sDAI'])
const ETH_LIQUID_STAKING_TOKENS = new Set(['wstETH', 'rETH', 'cbETH'])

/**
 * Turns the reserves of an Aave v3 config snapshot into Firebreak assets (totals left at "0": the snapshot
 * holds configuration and oracle answers, not balances). Ratios become fractions (bps / 10000), the bonus
 * its excess (liquidationBonus / 10000 − 1), the debt ceiling USD with 2 decimals, the price
 * oracleLatestAnswer / 10^oracleDecimals exactly.
 */
export function aaveConfigSnapshotToAssets(snapshot: AaveConfigSnapshot): AssetState[] {
  return Object.values(snapshot.reserves).map((reserve) => {
    const oracleDecimals = reserve.oracleDecimals ?? AAVE_ORACLE_BASE_DECIMALS
    const description = reserve.oracleDescription ?? reserve.oracleName
    const bps = (value: number) => new Decimal(value).div(10_000).toFixed()
    const asset: AssetState = {
      address: reserve.underlying,
      symbol: reserve.symbol,
      decimals: reserve.decimals,
      price: new Decimal(reserve.oracleLatestAnswer).div(new Decimal(10).pow(oracleDecimals)).toFixed(),
      collateralFactor: bps(reserve.ltv),
      liquidationThreshold: bps(reserve.liquidationThreshold),
      liquidationBonus: reserve.liquidationBonus === 0 ? '0' : new Decimal(reserve.liquidationBonus).div(10_000).minus(1).toFixed(),
      liquidationProtocolFee: bps(reserve.liquidationProtocolFee),
      reserveFactor: bps(reserve.reserveFactor),
      supplyCap: String(reserve.supplyCap),
      borrowCap: String(reserve.borrowCap),
      debtCeiling: new Decimal(reserve.debtCeiling).div(100).toFixed(2),
      frozen: reserve.isFrozen,
      paused: reserve.isPaused,
      borrowingEnabled: reserve.borrowingEnabled,
      collateralEnabled: reserve.usageAsCollateralEnabled,
      totalSupply: '0',
      totalDebt: '0',
      oracle: {
        address: reserve.oracle,
        kind: reserve.oracle.toLowerCase() === GHO_ORACLE ? 'fixed' : 'chainlink',
        decimals: oracleDecimals,
        ...(description === undefined ? {} : { description }),
      },
    }
    if (STABLECOINS.has(reserve.symbol)) asset.peg = { to: 'USD' }
    if (ETH_LIQUID_STAKING_TOKENS.has(reserve.symbol)) asset.peg = { to: 'ETH' }
    return asset
  })
}
