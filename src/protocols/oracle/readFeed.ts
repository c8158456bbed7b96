import Decimal from 'decimal.js'
import { type Address, type Client, formatUnits, parseAbi } from 'viem'
import { readContract } from 'viem/actions'
import type { DecimalString, OracleInfo } from '../../model.ts'

export type ReadFeedParameters = {
  client: Client
  address: Address
  /** USD per whole token, keyed by lower-case token address: values a TWAP pool's quote reserve. */
  quotePricesUsd?: Record<string, DecimalString>
  /** Symbol by lower-case price-feed address (the state's assets' feeds): names the underlying of a rate × feed source. */
  feedSymbols?: Record<string, string>
  /** Chainlink heartbeats are published in its docs, not on chain; pass it when known. */
  heartbeatSeconds?: number
  /** Seconds per block on the feed's chain. */
  blockSeconds?: number
}

const aggregatorAbi = parseAbi([
  'function decimals() view returns (uint8)',
  'function description() view returns (string)',
  'function latestRoundData() view returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)',
  'function aggregator() view returns (address)',
  'function minAnswer() view returns (int192)',
  'function maxAnswer() view returns (int192)',
])
// Uniswap v2-periphery ExampleOracleSimple exposes `pair` and `PERIOD`; ExampleSlidingWindowOracle exposes `windowSize`.
const twapAbi = parseAbi(['function pair() view returns (address)', 'function PERIOD() view returns (uint256)', 'function windowSize() view returns (uint256)'])
const pairAbi = parseAbi([
  'function token0() view returns (address)',
  'function token1() view returns (address)',
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
])
const erc20Abi = parseAbi(['function decimals() view returns (uint8)'])
// Aave's price-cap adapters (bgd-labs/aave-capo src/interfaces/IPriceCapAdapter.sol @056c2253, IPriceCapAdapterStable.sol
// @0bb51fc8, ICLSynchronicityPriceAdapter): a rate adapter reports ratio × BASE_TO_USD_AGGREGATOR, its ratio capped at
// snapshotRatio growing by maxYearlyRatioGrowthPercent a year; a stable adapter reports ASSET_TO_USD_AGGREGATOR capped at a price.
const capoAbi = parseAbi([
  'function BASE_TO_USD_AGGREGATOR() view returns (address)',
  'function RATIO_PROVIDER() view returns (address)',
  'function RATIO_DECIMALS() view returns (uint8)',
  'function DECIMALS() view returns (uint8)',
  'function getRatio() view returns (int256)',
  'function getSnapshotRatio() view returns (uint256)',
  'function getSnapshotTimestamp() view returns (uint256)',
  'function getMaxYearlyGrowthRatePercent() view returns (uint256)',
  'function ASSET_TO_USD_AGGREGATOR() view returns (address)',
  'function getPriceCap() view returns (int256)',
  'function latestAnswer() view returns (int256)',
])

/**
 * Reads what a price source says of itself from the chain: for a Chainlink-style aggregator (or its proxy) the
 * decimals, description, latest answer and its time, and the aggregator's hard-coded minAnswer/maxAnswer; for an
 * on-chain TWAP oracle over a Uniswap v2 pair its window, the pair's reserves and the USD depth of its quote side.
 * A source whose answer reverts comes back with `readError`, never as a silent gap.
 *
 * @example
 * const info = await readFeed({ client, address: '0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419', heartbeatSeconds: 3600 })
 */
export async function readFeed({ client, address, quotePricesUsd = {}, feedSymbols = {}, heartbeatSeconds, blockSeconds = 12 }: ReadFeedParameters): Promise<OracleInfo> {
  const attempt = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read()
    } catch {
      return undefined
    }
  }
  const pair = await attempt(() => readContract(client, { address, abi: twapAbi, functionName: 'pair' }))
  if (pair) {
    const window =
      (await attempt(() => readContract(client, { address, abi: twapAbi, functionName: 'PERIOD' }))) ??
      (await attempt(() => readContract(client, { address, abi: twapAbi, functionName: 'windowSize' })))
    const [token0, token1, [reserve0, reserve1]] = await Promise.all([
      readContract(client, { address: pair, abi: pairAbi, functionName: 'token0' }),
      readContract(client, { address: pair, abi: pairAbi, functionName: 'token1' }),
      readContract(client, { address: pair, abi: pairAbi, functionName: 'getReserves' }),
    ])
    const [decimals0, decimals1] = await Promise.all([token0, token1].map((token) => readContract(client, { address: token, abi: erc20Abi, functionName: 'decimals' })))
    const quoteIsToken1 = quotePricesUsd[token1.toLowerCase()] !== undefined
    const quoteIsToken0 = !quoteIsToken1 && quotePricesUsd[token0.toLowerCase()] !== undefined
    const info: OracleInfo = { address, kind: 'twap', ...(window !== undefined ? { twapWindowSeconds: Number(window) } : {}) }
    if (!quoteIsToken0 && !quoteIsToken1) return info // depth unknown: the oracle check asks for review
    const [quote, base] = quoteIsToken1 ? [{ reserve: reserve1, decimals: decimals1, token: token1 }, { reserve: reserve0, decimals: decimals0 }] : [{ reserve: reserve0, decimals: decimals0, token: token0 }, { reserve: reserve1, decimals: decimals1 }]
    const quotePrice = quotePricesUsd[quote.token.toLowerCase()]
    const quoteReserve = new Decimal(formatUnits(quote.reserve, quote.decimals))
    return {
      ...info,
      // spot: quote per base from the reserves (constant product), in USD
      answer: quoteReserve.div(formatUnits(base.reserve, base.decimals)).times(quotePrice).toString(),
      // UniswapV2Pair charges 0.3 % on the input (swap: balance·1000 − amountIn·3)
      pool: { address: pair, kind: 'uniswap-v2', quoteReserveUsd: quoteReserve.times(quotePrice).toString(), fee: '0.003', blockSeconds, source: `read from pair ${pair}` },
    }
  }

  const decimals = await attempt(() => readContract(client, { address, abi: aggregatorAbi, functionName: 'decimals' }))
  const description = await attempt(() => readContract(client, { address, abi: aggregatorAbi, functionName: 'description' }))
  const capo = <T>(functionName: string) => attempt(() => readContract(client, { address, abi: capoAbi, functionName, args: [] } as never) as Promise<T>)
  const baseFeed = await capo<Address>('BASE_TO_USD_AGGREGATOR')
  const stableFeed = baseFeed ? undefined : await capo<Address>('ASSET_TO_USD_AGGREGATOR')
  if (baseFeed || stableFeed) {
    const scale = decimals ?? (await capo<number>('DECIMALS')) ?? 8
    const answer = await capo<bigint>('latestAnswer')
    const common = { address, ...(description !== undefined ? { description } : {}), decimals: scale, ...(answer !== undefined ? { answer: formatUnits(answer, scale) } : { readError: 'latestAnswer() reverted' }) }
    if (stableFeed) {
      const cap = await capo<bigint>('getPriceCap')
      return { ...common, kind: 'capo', ...(cap !== undefined ? { priceCap: formatUnits(cap, scale) } : {}) }
    }
    // A rate adapter: units of the base asset per token × the base asset's USD feed, its growth capped where it keeps a snapshot.
    const ratioDecimals = (await capo<number>('RATIO_DECIMALS')) ?? 18
    const [ratio, snapshotRatio, snapshotTimestamp, maxYearlyPercent] = await Promise.all([capo<bigint>('getRatio'), capo<bigint>('getSnapshotRatio'), capo<bigint>('getSnapshotTimestamp'), capo<bigint>('getMaxYearlyGrowthRatePercent')])
    const underlying = feedSymbols[baseFeed!.toLowerCase()]
    const rate = { ...(underlying ? { underlying } : {}), ...(ratio !== undefined ? { exchangeRate: formatUnits(ratio, ratioDecimals) } : {}) }
    if (snapshotRatio === undefined || snapshotTimestamp === undefined || maxYearlyPercent === undefined) return { ...common, kind: 'exchange-rate', ...rate }
    // maxYearlyRatioGrowthPercent: 100_00 = 100 % (IPriceCapAdapter.setCapParameters)
    return { ...common, kind: 'capo', ...rate, rateCap: { snapshotRatio: formatUnits(snapshotRatio, ratioDecimals), snapshotTimestamp: Number(snapshotTimestamp), maxYearlyGrowth: formatUnits(maxYearlyPercent, 4) } }
  }
  let round: readonly [bigint, bigint, bigint, bigint, bigint]
  try {
    round = await readContract(client, { address, abi: aggregatorAbi, functionName: 'latestRoundData' })
  } catch (error) {
    // AaveOracle reads latestAnswer(): a source with only that (Aave's synchronicity adapters) still prices the asset.
    const answer = await capo<bigint>('latestAnswer')
    if (answer !== undefined) return { address, kind: 'chainlink', ...(decimals !== undefined ? { decimals } : {}), ...(description !== undefined ? { description } : {}), ...(heartbeatSeconds !== undefined ? { heartbeatSeconds } : {}), answer: formatUnits(answer, decimals ?? 0) }
    return { address, kind: 'unknown', readError: `latestRoundData() reverted: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }
  }
  const scale = decimals ?? 0
  const aggregator = (await attempt(() => readContract(client, { address, abi: aggregatorAbi, functionName: 'aggregator' }))) ?? address
  const minAnswer = await attempt(() => readContract(client, { address: aggregator, abi: aggregatorAbi, functionName: 'minAnswer' }))
  const maxAnswer = await attempt(() => readContract(client, { address: aggregator, abi: aggregatorAbi, functionName: 'maxAnswer' }))
  return {
    address,
    kind: 'chainlink',
    ...(decimals !== undefined ? { decimals } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(heartbeatSeconds !== undefined ? { heartbeatSeconds } : {}),
    answer: formatUnits(round[1], scale),
    updatedAt: Number(round[3]),
    ...(minAnswer !== undefined ? { minAnswer: formatUnits(minAnswer, scale) } : {}),
    ...(maxAnswer !== undefined ? { maxAnswer: formatUnits(maxAnswer, scale) } : {}),
  }
}
