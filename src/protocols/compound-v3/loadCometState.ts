import { type Address, formatUnits, getAddress } from 'viem'
import { BaseError } from '../../errors.ts'
import type { AssetState, MarketState, Position } from '../../model.ts'
import { type ChainRead, multicall3Address, multicallOptions } from '../chain/chainRead.ts'
import { describeOracles } from '../chain/describeOracles.ts'
import { findLargestBorrowers } from '../chain/findLargestBorrowers.ts'
import { borrowerScanBounds, type LoadStateParameters } from '../chain/loadStateParameters.ts'
import { pinBlock } from '../chain/pinBlock.ts'
import { readTokenMetadata } from '../chain/readTokenMetadata.ts'
import { sealMarketState } from '../chain/sealMarketState.ts'
import type { AccountExposure } from '../chain/selectLargestBorrowers.ts'
import { cometAbi } from './cometAbi.ts'

export type LoadCometStateParameters = LoadStateParameters
export type LoadCometStateReturnType = MarketState

const wad = 10n ** 18n
/** Comet.getPrice returns USD with 8 decimals (Comet PRICE_FEED_DECIMALS). */
const priceDecimals = 8

/**
 * A Compound III (Comet) market at one block: the base asset (supply, borrows, reserves) and every collateral
 * asset (borrow and liquidate collateral factors, liquidation factor, supply cap, totals, price feed), and the
 * largest borrowers found from `Withdraw` events, measured with `borrowBalanceOf`/`collateralBalanceOf`.
 *
 * @example
 * const state = await loadCometState({ client, market: '0xc3d688B66703497DAA19211EEdff47f25384cdc3' })
 */
export async function loadCometState({ client, market: comet, blockNumber, multicallAddress = multicall3Address, borrowers }: LoadCometStateParameters): Promise<LoadCometStateReturnType> {
  const block = await pinBlock(client, blockNumber)
  const read: ChainRead = { client, blockNumber: block.blockNumber, multicallAddress }
  await client.readContract({ blockNumber: block.blockNumber, address: comet, abi: cometAbi, functionName: 'baseToken' }).catch((cause: unknown) => {
    throw new BaseError(`${comet} is not a Compound III Comet: baseToken() failed at block ${block.blockNumber}`, { cause })
  })
  const [baseToken, baseFeed, numAssets, totalSupply, totalBorrow, reserves, supplyPaused, withdrawPaused] = await client.multicall({
    ...multicallOptions(read),
    allowFailure: false,
    contracts: [
      { address: comet, abi: cometAbi, functionName: 'baseToken' },
      { address: comet, abi: cometAbi, functionName: 'baseTokenPriceFeed' },
      { address: comet, abi: cometAbi, functionName: 'numAssets' },
      { address: comet, abi: cometAbi, functionName: 'totalSupply' },
      { address: comet, abi: cometAbi, functionName: 'totalBorrow' },
      { address: comet, abi: cometAbi, functionName: 'getReserves' },
      { address: comet, abi: cometAbi, functionName: 'isSupplyPaused' },
      { address: comet, abi: cometAbi, functionName: 'isWithdrawPaused' },
    ],
  })
  const infos = await client.multicall({
    ...multicallOptions(read),
    allowFailure: false,
    contracts: Array.from({ length: numAssets }, (_, i) => ({ address: comet, abi: cometAbi, functionName: 'getAssetInfo', args: [i] }) as const),
  })
  const feeds = [baseFeed, ...infos.map((info) => info.priceFeed)]
  const [prices, totals, metadata, oracles] = await Promise.all([
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: feeds.map((feed) => ({ address: comet, abi: cometAbi, functionName: 'getPrice', args: [feed] }) as const) }),
    client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: infos.map((info) => ({ address: comet, abi: cometAbi, functionName: 'totalsCollateral', args: [info.asset] }) as const) }),
    readTokenMetadata(read, [baseToken, ...infos.map((info) => info.asset)]),
    describeOracles(read, feeds),
  ])
  // Index 0 is the base asset, 1… the collateral assets in Comet's order.
  const usdWad = (amount: bigint, index: number) => (amount * prices[index] * wad) / (10n ** BigInt(metadata[index].decimals) * 10n ** BigInt(priceDecimals))
  const shared = { liquidationProtocolFee: '0', reserveFactor: '0', debtCeiling: '0', frozen: supplyPaused, paused: false }
  const baseAsset: AssetState = {
    ...shared,
    address: getAddress(baseToken),
    symbol: metadata[0].symbol,
    decimals: metadata[0].decimals,
    price: formatUnits(prices[0], priceDecimals),
    collateralFactor: '0',
    liquidationThreshold: '0',
    liquidationBonus: '0',
    supplyCap: '0',
    borrowCap: '0',
    borrowingEnabled: !withdrawPaused,
    collateralEnabled: false,
    totalSupply: formatUnits(totalSupply, metadata[0].decimals),
    totalDebt: formatUnits(totalBorrow, metadata[0].decimals),
    oracle: oracles[0],
  }
  const collateralAssets: AssetState[] = infos.map((info, i) => {
    const { symbol, decimals } = metadata[i + 1]
    return {
      ...shared,
      address: getAddress(info.asset),
      symbol,
      decimals,
      price: formatUnits(prices[i + 1], priceDecimals),
      collateralFactor: formatUnits(info.borrowCollateralFactor, 18),
      liquidationThreshold: formatUnits(info.liquidateCollateralFactor, 18),
      // Comet credits absorbed collateral at liquidationFactor × price: the penalty is 1 − liquidationFactor.
      liquidationBonus: formatUnits(wad - info.liquidationFactor, 18),
      supplyCap: formatUnits(info.supplyCap, decimals),
      borrowCap: '0',
      borrowingEnabled: false,
      collateralEnabled: info.borrowCollateralFactor > 0n,
      totalSupply: formatUnits(totals[i][0], decimals),
      totalDebt: '0',
      oracle: oracles[i + 1],
    }
  })

  const balances = new Map<Address, { collateral: bigint[]; debt: bigint }>()
  const measure = async (accounts: Address[]): Promise<AccountExposure[]> => {
    const [debts, collaterals] = await Promise.all([
      client.multicall({ ...multicallOptions(read), allowFailure: false, contracts: accounts.map((account) => ({ address: comet, abi: cometAbi, functionName: 'borrowBalanceOf', args: [account] }) as const) }),
      client.multicall({
        ...multicallOptions(read),
        allowFailure: false,
        contracts: accounts.flatMap((account) => infos.map((info) => ({ address: comet, abi: cometAbi, functionName: 'collateralBalanceOf', args: [account, info.asset] }) as const)),
      }),
    ])
    return accounts.map((account, accountIndex) => {
      const collateral = infos.map((_, i) => collaterals[accountIndex * infos.length + i])
      balances.set(account, { collateral, debt: debts[accountIndex] })
      return {
        account,
        collateralUsdWad: collateral.reduce((sum, amount, i) => sum + usdWad(amount, i + 1), 0n),
        debtUsdWad: usdWad(debts[accountIndex], 0),
      }
    })
  }
  const withdrawEvent = cometAbi.find((item) => item.type === 'event' && item.name === 'Withdraw')!
  const { selected, positionsTail } = await findLargestBorrowers({
    read,
    address: comet,
    event: withdrawEvent,
    account: 'src',
    bounds: borrowerScanBounds(borrowers, block.blockNumber),
    measure,
    measuredWith: 'Comet.borrowBalanceOf and collateralBalanceOf',
  })
  const positions: Position[] = selected.map((account) => {
    const { collateral, debt } = balances.get(account)!
    const position: Position = { account, collateral: {}, debt: { [baseAsset.symbol]: formatUnits(debt, baseAsset.decimals) } }
    collateralAssets.forEach(({ symbol, decimals }, i) => {
      if (collateral[i] > 0n) position.collateral[symbol] = formatUnits(collateral[i], decimals)
    })
    return position
  })

  const reservesUsd = reserves > 0n ? formatUnits(usdWad(reserves, 0), 18) : '0'
  return sealMarketState({
    protocol: 'compound-v3',
    chainId: block.chainId,
    market: getAddress(comet),
    name: `Compound III ${baseAsset.symbol} ${getAddress(comet)}`,
    assets: [baseAsset, ...collateralAssets],
    positions,
    positionsTail,
    liquidity: {},
    reserves: {
      protocolReserves: reservesUsd,
      insuranceFund: '0',
      source: `Comet.getReserves() = ${formatUnits(reserves, baseAsset.decimals)} ${baseAsset.symbol} at block ${block.blockNumber}${reserves < 0n ? ' (negative: counted as 0)' : ''}`,
    },
    provenance: {
      chainId: block.chainId,
      block: Number(block.blockNumber),
      timestamp: block.timestamp,
      source: `Compound III Comet ${getAddress(comet)} read with eth_call at block ${block.blockNumber}`,
      generated: false,
      notes: `positions: ${positionsTail.source}. Liquidity curves are not on chain and are left empty. storeFrontPriceFactor and targetReserves are not read.`,
    },
  })
}
