import Decimal from 'decimal.js'
import type { Address, AssetState, OracleInfo } from '../../model.ts'

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
  /** v3.0/3.1: the eMode category the reserve belongs to (0 = none). */
  eModeCategory?: number
  oracle: Address
  oracleDecimals?: number
  oracleDescription?: string
  oracleName?: string
  oracleLatestAnswer: number
}

/** One eMode category as the config snapshots record it: bps, the bonus including the 10000 base. */
export type AaveConfigSnapshotEMode = {
  eModeCategory: number
  label: string
  ltv: number
  liquidationThreshold: number
  liquidationBonus: number
  /** 0x0 = each asset keeps its own price source. */
  priceSource: Address
}

export type AaveConfigSnapshot = {
  chainId: number
  poolConfig: { pool: Address; oracle: Address }
  reserves: Record<string, AaveConfigSnapshotReserve>
  eModes?: Record<string, AaveConfigSnapshotEMode>
}

/** Aave v3 AaveOracle prices are in BASE_CURRENCY_UNIT = 1e8 USD on Ethereum; used where the snapshot omits oracleDecimals. */
const AAVE_ORACLE_BASE_DECIMALS = 8
/** GhoOracle on Ethereum returns a constant 1e8 (GHO priced at 1 USD, gho-core `GhoOracle.sol`). */
const GHO_ORACLE = '0xd110cac5d8682a3b045d5524a9903e031d70fccd'
/**
 * The Oct 2023 sources that multiply an on-chain rate by the underlying's Chainlink feed, uncapped (Aave's CAPO adapters
 * replaced them on Ethereum in 2024, e.g. wstETH on 18 Mar 2024): the rate is the ratio of the snapshot's two answers.
 * - wstETH 0x8B68…: WstETHSynchronicityPriceAdapter, ETH/USD × stETH per wstETH (bgd-labs/aave-proposals
 *   src/AaveV2-V3PriceFeedsUpdate_20230613/PRICE-FEEDS-UPDATE-20230613.md: "wstETH / stETH exchange rate and ETH / USD feed").
 * - rETH 0x0522…: CLrETHSynchronicityPriceAdapter, ETH/USD × rETH.getExchangeRate() (BGD's rETH listing review: "uses the
 *   ETH/USD Chainlink feed and the exchangeRate() of the rETH token").
 * - sDAI 0x2908…: DAI/USD × the DSR rate (sDAI/DAI/USD); "updated from non-capo to capo adapters" only in Nov 2024
 *   (bgd-labs/aave-proposals-v3 src/20241101_Multi_UpdatePriceCapAdaptersCAPO/UpdatePriceCapAdaptersCAPO.md).
 * Every other source is a Chainlink feed or a composition of market feeds — cbETH's adapter multiplies the cbETH/ETH
 * market feed by ETH/USD (cbETH listing: "adapter of cbETH/ETH Chainlink") — so it follows the asset's market: 'chainlink'.
 */
const EXCHANGE_RATE_ORACLES: Record<string, string> = {
  '0x8b6851156023f4f5a66f68bea80851c3d905ac93': 'WETH',
  '0x05225cd708bca9253789c1374e4337a019e99d56': 'WETH',
  '0x29081f7ab5a644716efcdc10d5c926c5fee9f72b': 'DAI',
}
/** Significant digits an exchange rate derived from two oracle answers is kept to. */
const RATE_DIGITS = 18
const STABLECOINS = new Set(['USDC', 'USDT', 'DAI', 'LUSD', 'FRAX', 'GHO', 'sDAI'])
const ETH_LIQUID_STAKING_TOKENS = new Set(['wstETH', 'rETH', 'cbETH'])

/**
 * Turns the reserves of an Aave v3 config snapshot into Firebreak assets (totals left at "0": the snapshot
 * holds configuration and oracle answers, not balances). Ratios become fractions (bps / 10000), the bonus
 * its excess (liquidationBonus / 10000 − 1), the debt ceiling USD with 2 decimals, the price
 * oracleLatestAnswer / 10^oracleDecimals exactly.
 */
export function aaveConfigSnapshotToAssets(snapshot: AaveConfigSnapshot): AssetState[] {
  const assets = Object.values(snapshot.reserves).map((reserve) => {
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
        kind: 'chainlink',
        decimals: oracleDecimals,
        ...(description === undefined ? {} : { description }),
      },
    }
    if (reserve.oracle.toLowerCase() === GHO_ORACLE) asset.oracle = { ...asset.oracle, kind: 'fixed', answer: asset.price }
    if (STABLECOINS.has(reserve.symbol)) asset.peg = { to: 'USD' }
    if (ETH_LIQUID_STAKING_TOKENS.has(reserve.symbol)) asset.peg = { to: 'ETH' }
    return asset
  })
  for (const asset of assets) {
    const underlying = assets.find((candidate) => candidate.symbol === EXCHANGE_RATE_ORACLES[asset.oracle.address.toLowerCase()])
    if (!underlying) continue
    const exchangeRate = new Decimal(asset.price).div(underlying.price).toSignificantDigits(RATE_DIGITS).toFixed()
    asset.oracle = { ...asset.oracle, kind: 'exchange-rate', underlying: underlying.symbol, exchangeRate } satisfies OracleInfo
  }
  return assets
}
