import { type Address, formatUnits, getAddress } from 'viem'
import { BaseError } from '../../errors.ts'
import type { AssetState, MarketState, Position } from '../../model.ts'
import { type ChainRead, multicall3Address, multicallOptions } from '../chain/chainRead.ts'
import { findLargestBorrowers } from '../chain/findLargestBorrowers.ts'
import { borrowerScanBounds, type LoadStateParameters } from '../chain/loadStateParameters.ts'
import { pinBlock } from '../chain/pinBlock.ts'
import { readTokenMetadata } from '../chain/readTokenMetadata.ts'
import { sealMarketState } from '../chain/sealMarketState.ts'
import type { AccountExposure } from '../chain/selectLargestBorrowers.ts'
import { comptrollerAbi, compoundOracleAbi, cTokenAbi } from './compoundV2Abi.ts'

export type LoadCompoundV2StateParameters = LoadStateParameters
export type LoadCompoundV2StateReturnType = MarketState

const wad = 10n ** 18n

/**
 * A Compound v2 Comptroller at one block: every market (collateral factor, borrow cap, pause flags, oracle
 * price, supply and borrows in underlying units, reserves) and the largest borrowers' positions, found from
 * the cTokens' `Borrow` events and measured with `getAccountSnapshot` by multicall. Assets are keyed by cToken
 * address and named by their underlying's symbol (cETH, which has no `underlying()`, is ETH).
 *
 * @example
 * const state = await loadCompoundV2State({ client, market: '0x3d9819210A31b4961b30EF54bE2aeD79B9c9Cd3B' })
 */
export async function loadCompoundV2State({ client, market: comptroller, blockNumber, multicallAddress = multicall3Address, borrowers }: LoadCompoundV2StateParameters): Promise<LoadCompoundV2StateReturnType> {
  const block = await pinBlock(client, blockNumber)
  const read: ChainRead = { client, blockNumber: block.blockNumber, multicallAddress }
  const at = { blockNumber: block.blockNumber } as const
  const view = (functionName: 'getAllMarkets' | 'closeFactorMantissa' | 'liquidationIncentiveMantissa' | 'oracle') =>
    client.readContract({ ...at, address: comptroller, abi: comptrollerAbi, functionName })
  const cTokens = (await view('getAllMarkets').catch((cause: unknown) => {
    throw new BaseError(`${comptroller} is not a Compound v2 Comptroller: getAllMarkets() failed at block ${block.blockNumber}`, { cause })
  })) as readonly Address[]
  const [closeFactor, incentive, oracle] = (await Promise.all([view('closeFactorMantissa'), view('liquidationIncentiveMantissa'), view('oracle')])) as [bigint, bigint, Address]
  const perMarket = <const F extends 'markets' | 'borrowCaps' | 'mintGuardianPaused' | 'borrowGuardianPaused'>(functionName: F) =>
    cTokens.map((cToken) => ({ address: comptroller, abi: comptrollerAbi, functionName, args: [cToken] }) as const)
  const cTokenView = (functionName: 'totalSupply' | 'exchangeRateStored' | 'totalBorrows' | 'totalReserves' | 'reserveFactorMantissa') =>
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: cTokens.map((address) => ({ address, abi: cTokenAbi, functionName }) as const) }) as Promise<bigint[]>
  const [marketInfo, borrowCaps, mintPaused, borrowPaused, underlyings, seizeShares, prices, supplies, exchangeRates, totalBorrows, totalReserves, reserveFactors] = await Promise.all([
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: perMarket('markets') }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: perMarket('borrowCaps') }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: perMarket('mintGuardianPaused') }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: perMarket('borrowGuardianPaused') }),
    client.multicall({ ...multicallOptions(read), allowFailure: true, contracts: cTokens.map((address) => ({ address, abi: cTokenAbi, functionName: 'underlying' }) as const) }),
    client.multicall({ ...multicallOptions(read), allowFailure: true, contracts: cTokens.map((address) => ({ address, abi: cTokenAbi, functionName: 'protocolSeizeShareMantissa' }) as const) }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: cTokens.map((cToken) => ({ address: oracle, abi: compoundOracleAbi, functionName: 'getUnderlyingPrice', args: [cToken] }) as const) }),
    cTokenView('totalSupply'),
    cTokenView('exchangeRateStored'),
    cTokenView('totalBorrows'),
    cTokenView('totalReserves'),
    cTokenView('reserveFactorMantissa'),
  ])
  const erc20Underlyings = underlyings.flatMap((result) => (result.status === 'success' ? [result.result] : []))
  const erc20Metadata = await readTokenMetadata(read, erc20Underlyings)
  // cETH has no underlying(): its underlying is ether.
  const metadata = underlyings.map((result) => (result.status === 'success' ? erc20Metadata[erc20Underlyings.indexOf(result.result)] : { symbol: 'ETH', decimals: 18 }))
  // Compound's oracle reports USD × 1e(36 − underlying decimals); amount × price / 1e18 is USD with 18 decimals.
  const usdWad = (amount: bigint, index: number) => (amount * prices[index]) / wad

  const assets: AssetState[] = cTokens.map((cToken, index) => {
    const { symbol, decimals } = metadata[index]
    const [, collateralFactorMantissa] = marketInfo[index]
    const seizeShare = seizeShares[index]
    return {
      address: getAddress(cToken),
      symbol,
      decimals,
      price: formatUnits(prices[index], 36 - decimals),
      collateralFactor: formatUnits(collateralFactorMantissa, 18),
      // Compound v2 liquidates at the collateral factor itself (Comptroller.getHypotheticalAccountLiquidity).
      liquidationThreshold: formatUnits(collateralFactorMantissa, 18),
      liquidationBonus: formatUnits(incentive - wad, 18),
      liquidationProtocolFee: seizeShare.status === 'success' ? formatUnits(seizeShare.result, 18) : '0',
      reserveFactor: formatUnits(reserveFactors[index], 18),
      supplyCap: '0',
      borrowCap: formatUnits(borrowCaps[index], decimals),
      debtCeiling: '0',
      frozen: mintPaused[index],
      paused: false,
      borrowingEnabled: !borrowPaused[index],
      collateralEnabled: collateralFactorMantissa > 0n,
      // CToken.exchangeRateStored: underlying = cTokens × rate / 1e18.
      totalSupply: formatUnits((supplies[index] * exchangeRates[index]) / wad, decimals),
      totalDebt: formatUnits(totalBorrows[index], decimals),
      oracle: { address: oracle, kind: 'unknown' },
    }
  })

  const snapshots = new Map<Address, { collateral: bigint[]; debt: bigint[]; entered: Set<Address> }>()
  const measure = async (accounts: Address[]): Promise<AccountExposure[]> => {
    const pairs = accounts.flatMap((account) => cTokens.map((cToken) => ({ account, cToken })))
    const [accountSnapshots, assetsIn] = await Promise.all([
      client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: pairs.map(({ account, cToken }) => ({ address: cToken, abi: cTokenAbi, functionName: 'getAccountSnapshot', args: [account] }) as const) }),
      client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: accounts.map((account) => ({ address: comptroller, abi: comptrollerAbi, functionName: 'getAssetsIn', args: [account] }) as const) }),
    ])
    return accounts.map((account, accountIndex) => {
      const entered = new Set(assetsIn[accountIndex].map((cToken) => getAddress(cToken)))
      const rows = cTokens.map((_, marketIndex) => accountSnapshots[accountIndex * cTokens.length + marketIndex])
      const collateral = rows.map(([, cTokenBalance, , rate], marketIndex) => (entered.has(getAddress(cTokens[marketIndex])) ? (cTokenBalance * rate) / wad : 0n))
      const debt = rows.map(([, , borrowBalance]) => borrowBalance)
      snapshots.set(account, { collateral, debt, entered })
      const sum = (amounts: bigint[]) => amounts.reduce((total, amount, marketIndex) => total + usdWad(amount, marketIndex), 0n)
      return { account, collateralUsdWad: sum(collateral), debtUsdWad: sum(debt) }
    })
  }
  const borrowEvent = cTokenAbi.find((item) => item.type === 'event' && item.name === 'Borrow')!
  const { selected, positionsTail } = await findLargestBorrowers({
    read,
    address: [...cTokens],
    event: borrowEvent,
    account: 'borrower',
    bounds: borrowerScanBounds(borrowers, block.blockNumber),
    measure,
    measuredWith: 'CToken.getAccountSnapshot and Comptroller.getAssetsIn',
  })
  const positions: Position[] = selected.map((account) => {
    const snapshot = snapshots.get(account)!
    const position: Position = { account, collateral: {}, debt: {} }
    assets.forEach(({ symbol, decimals }, index) => {
      if (snapshot.collateral[index] > 0n) position.collateral[symbol] = formatUnits(snapshot.collateral[index], decimals)
      if (snapshot.debt[index] > 0n) position.debt[symbol] = formatUnits(snapshot.debt[index], decimals)
    })
    return position
  })

  return sealMarketState({
    protocol: 'compound-v2',
    chainId: block.chainId,
    market: getAddress(comptroller),
    name: `Compound v2 ${getAddress(comptroller)}`,
    assets,
    positions,
    positionsTail,
    liquidity: {},
    reserves: {
      protocolReserves: formatUnits(totalReserves.reduce((total, reserve, index) => total + usdWad(reserve, index), 0n), 18),
      insuranceFund: '0',
      source: `CToken.totalReserves of every market at block ${block.blockNumber}, at the Comptroller oracle's prices`,
    },
    closeFactor: formatUnits(closeFactor, 18),
    provenance: {
      chainId: block.chainId,
      block: Number(block.blockNumber),
      timestamp: block.timestamp,
      source: `Compound v2 Comptroller ${getAddress(comptroller)} (oracle ${oracle}) read with eth_call at block ${block.blockNumber}`,
      generated: false,
      notes: `positions: ${positionsTail.source}. Liquidity curves are not on chain and are left empty. Oracle kind is unknown: the Comptroller's oracle does not name per-asset feeds.`,
    },
  })
}
