import { type Address, formatUnits, zeroAddress } from 'viem'
import { BaseError } from '../../errors.ts'
import type { AssetState, MarketState, Position } from '../../model.ts'
import { type ChainRead, multicall3Address, multicallOptions } from '../chain/chainRead.ts'
import { describeOracles } from '../chain/describeOracles.ts'
import { findLargestBorrowers } from '../chain/findLargestBorrowers.ts'
import { borrowerScanBounds, type LoadStateParameters } from '../chain/loadStateParameters.ts'
import { pinBlock } from '../chain/pinBlock.ts'
import { readTokenMetadata } from '../chain/readTokenMetadata.ts'
import { sealMarketState } from '../chain/sealMarketState.ts'
import { aaveV3AddressesProviderAbi, aaveV3OracleAbi, aaveV3PoolAbi, aaveV3TokenAbi } from './aaveV3Abi.ts'
import { aaveReserveParameters } from './aaveReserveParameters.ts'
import { decodeReserveConfiguration } from './decodeReserveConfiguration.ts'

export type LoadAaveV3StateParameters = LoadStateParameters
export type LoadAaveV3StateReturnType = MarketState

const ray = 10n ** 27n

/**
 * An Aave v3 pool at one block: every reserve (configuration, oracle price and source, aToken and debt token
 * totals), the largest borrowers' positions (from `Borrow` events, by multicall) and the treasury's holdings.
 *
 * @example
 * const state = await loadAaveV3State({ client, market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2' })
 */
export async function loadAaveV3State({ client, market: pool, blockNumber, multicallAddress = multicall3Address, borrowers }: LoadAaveV3StateParameters): Promise<LoadAaveV3StateReturnType> {
  const block = await pinBlock(client, blockNumber)
  const read: ChainRead = { client, blockNumber: block.blockNumber, multicallAddress }
  const at = { blockNumber: block.blockNumber } as const
  const addressesProvider = await client.readContract({ ...at, address: pool, abi: aaveV3PoolAbi, functionName: 'ADDRESSES_PROVIDER' }).catch((cause: unknown) => {
    throw new BaseError(`${pool} is not an Aave v3 Pool: ADDRESSES_PROVIDER() failed at block ${block.blockNumber}`, { cause })
  })
  const reserves = await client.readContract({ ...at, address: pool, abi: aaveV3PoolAbi, functionName: 'getReservesList' })
  const [oracle, marketId] = await Promise.all([
    client.readContract({ ...at, address: addressesProvider, abi: aaveV3AddressesProviderAbi, functionName: 'getPriceOracle' }),
    client.readContract({ ...at, address: addressesProvider, abi: aaveV3AddressesProviderAbi, functionName: 'getMarketId' }).catch(() => ''),
  ])
  const [reserveData, sources, prices, baseCurrencyUnit, metadata] = await Promise.all([
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: reserves.map((asset) => ({ address: pool, abi: aaveV3PoolAbi, functionName: 'getReserveData', args: [asset] }) as const) }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: reserves.map((asset) => ({ address: oracle, abi: aaveV3OracleAbi, functionName: 'getSourceOfAsset', args: [asset] }) as const) }),
    client.readContract({ ...at, address: oracle, abi: aaveV3OracleAbi, functionName: 'getAssetsPrices', args: [reserves] }),
    client.readContract({ ...at, address: oracle, abi: aaveV3OracleAbi, functionName: 'BASE_CURRENCY_UNIT' }),
    readTokenMetadata(read, [...reserves]),
  ])
  const totalSupply = (address: Address) => ({ address, abi: aaveV3TokenAbi, functionName: 'totalSupply' }) as const
  const optionalSupply = (address: Address) => (address === zeroAddress ? 0n : undefined)
  const [aTokenSupply, variableDebtSupply, stableDebtSupply, treasuries, oracles] = await Promise.all([
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: reserveData.map((data) => totalSupply(data.aTokenAddress)) }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: reserveData.map((data) => totalSupply(data.variableDebtTokenAddress)) }),
    // Aave 3.2 retired stable debt: its token address may be zero.
    client.multicall({ ...multicallOptions(read), allowFailure: true, contracts: reserveData.map((data) => totalSupply(data.stableDebtTokenAddress)) }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: reserveData.map((data) => ({ address: data.aTokenAddress, abi: aaveV3TokenAbi, functionName: 'RESERVE_TREASURY_ADDRESS' }) as const) }),
    describeOracles(read, [...sources]),
  ])
  const treasuryBalances: readonly bigint[] = await client.multicall({
    ...multicallOptions(read),
    allowFailure: false,
    contracts: reserveData.map((data, index) => ({ address: data.aTokenAddress, abi: aaveV3TokenAbi, functionName: 'balanceOf', args: [treasuries[index]] }) as const),
  })

  const priceDecimals = baseCurrencyUnit.toString().length - 1
  const usdWad = (amount: bigint, index: number) => (amount * prices[index] * 10n ** 18n) / (baseCurrencyUnit * 10n ** BigInt(metadata[index].decimals))
  let protocolReservesWad = 0n
  const assets: AssetState[] = reserves.map((asset, index) => {
    const { eModeCategory: _eModeCategory, ...parameters } = aaveReserveParameters(decodeReserveConfiguration(reserveData[index].configuration))
    const { decimals, symbol } = metadata[index]
    const stable = stableDebtSupply[index]
    const stableDebt = optionalSupply(reserveData[index].stableDebtTokenAddress) ?? (stable.status === 'success' ? stable.result : 0n)
    // Treasury claim: aTokens it holds plus accruedToTreasury (scaled) × liquidityIndex (Pool.mintToTreasury).
    const treasury = treasuryBalances[index] + (reserveData[index].accruedToTreasury * reserveData[index].liquidityIndex) / ray
    protocolReservesWad += usdWad(treasury, index)
    return {
      address: asset,
      symbol,
      decimals,
      price: formatUnits(prices[index], priceDecimals),
      ...parameters,
      totalSupply: formatUnits(aTokenSupply[index], decimals),
      totalDebt: formatUnits(variableDebtSupply[index] + stableDebt, decimals),
      oracle: oracles[index],
    }
  })

  const bounds = borrowerScanBounds(borrowers, block.blockNumber)
  const borrowEvent = aaveV3PoolAbi.find((item) => item.type === 'event' && item.name === 'Borrow')!
  const { selected, positionsTail } = await findLargestBorrowers({
    read,
    address: pool,
    event: borrowEvent,
    account: 'onBehalfOf',
    bounds,
    measuredWith: 'Pool.getUserAccountData',
    measure: async (accounts) => {
      const data = await client.multicall({
        ...multicallOptions(read),
        allowFailure: false,
        contracts: accounts.map((user) => ({ address: pool, abi: aaveV3PoolAbi, functionName: 'getUserAccountData', args: [user] }) as const),
      })
      const toWad = (base: bigint) => (base * 10n ** 18n) / baseCurrencyUnit
      return accounts.map((account, index) => ({ account, collateralUsdWad: toWad(data[index][0]), debtUsdWad: toWad(data[index][1]) }))
    },
  })
  const positions = await readPositions(read, pool, selected, reserveData, assets)

  return sealMarketState({
    protocol: 'aave-v3',
    chainId: block.chainId,
    market: pool,
    name: marketId ? `Aave v3 ${marketId}` : `Aave v3 ${pool}`,
    assets,
    positions,
    positionsTail,
    liquidity: {},
    reserves: {
      protocolReserves: formatUnits(protocolReservesWad, 18),
      insuranceFund: '0',
      source: `aToken balances of each reserve's treasury plus accruedToTreasury at block ${block.blockNumber}; the Safety Module is outside the pool and not read`,
    },
    provenance: {
      chainId: block.chainId,
      block: Number(block.blockNumber),
      timestamp: block.timestamp,
      source: `Aave v3 Pool ${pool} (oracle ${oracle}) read with eth_call at block ${block.blockNumber}`,
      generated: false,
      notes: `positions: ${positionsTail.source}. Liquidity curves are not on chain and are left empty. Prices in the oracle's base currency (unit ${baseCurrencyUnit}).`,
    },
  })
}

type ReserveData = { id: number; aTokenAddress: Address; variableDebtTokenAddress: Address; stableDebtTokenAddress: Address }

/** Each account's aToken (as collateral only where its user configuration enables it) and debt-token balances. */
async function readPositions(read: ChainRead, pool: Address, accounts: Address[], reserveData: readonly ReserveData[], assets: AssetState[]): Promise<Position[]> {
  if (accounts.length === 0) return []
  const { client } = read
  const balance = (token: Address, account: Address) => ({ address: token, abi: aaveV3TokenAbi, functionName: 'balanceOf', args: [account] }) as const
  const pairs = accounts.flatMap((account) => reserveData.map((data) => ({ account, data })))
  const [userConfigurations, supplied, variableDebt, stableDebt] = await Promise.all([
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: accounts.map((user) => ({ address: pool, abi: aaveV3PoolAbi, functionName: 'getUserConfiguration', args: [user] }) as const) }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: pairs.map(({ account, data }) => balance(data.aTokenAddress, account)) }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: pairs.map(({ account, data }) => balance(data.variableDebtTokenAddress, account)) }),
    client.multicall({ ...multicallOptions(read), allowFailure: true, contracts: pairs.map(({ account, data }) => balance(data.stableDebtTokenAddress, account)) }),
  ])
  return accounts.map((account, accountIndex) => {
    const position: Position = { account, collateral: {}, debt: {} }
    reserveData.forEach((data, reserveIndex) => {
      const pair = accountIndex * reserveData.length + reserveIndex
      const { symbol, decimals } = assets[reserveIndex]
      // UserConfiguration: bit 2·id borrowing, bit 2·id+1 using as collateral (aave-v3-core UserConfiguration.sol).
      const usesAsCollateral = ((userConfigurations[accountIndex] >> BigInt(data.id * 2 + 1)) & 1n) === 1n
      if (usesAsCollateral && supplied[pair] > 0n) position.collateral[symbol] = formatUnits(supplied[pair], decimals)
      const stable = stableDebt[pair]
      const debt = variableDebt[pair] + (data.stableDebtTokenAddress !== zeroAddress && stable.status === 'success' ? stable.result : 0n)
      if (debt > 0n) position.debt[symbol] = formatUnits(debt, decimals)
    })
    return position
  })
}
