import Decimal from 'decimal.js'
import { type Address, type Client, formatUnits, parseAbi } from 'viem'
import { readContract } from 'viem/actions'
import type { DecimalString, OracleInfo } from '../../model.ts'

export type ReadFeedParameters = {
  client: Client
  address: Address
  /** USD per whole token, keyed by lower-case token address: values a TWAP pool's quote reserve. */
  quotePricesUsd?: Record<string, DecimalString>
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

/**
 * Reads what a price source says of itself from the chain: for a Chainlink-style aggregator (or its proxy) the
 * decimals, description, latest answer and its time, and the aggregator's hard-coded minAnswer/maxAnswer; for an
 * on-chain TWAP oracle over a Uniswap v2 pair its window, the pair's reserves and the USD depth of its quote side.
 * A source whose answer reverts comes back with `readError`, never as a silent gap.
 *
 * @example
 * const info = await readFeed({ client, address: '0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419', heartbeatSeconds: 3600 })
 */
export async function readFeed({ client, address, quotePricesUsd = {}, heartbeatSeconds, blockSeconds = 12 }: ReadFeedParameters): Promise<OracleInfo> {
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
  let round: readonly [bigint, bigint, bigint, bigint, bigint]
  try {
    round = await readContract(client, { address, abi: aggregatorAbi, functionName: 'latestRoundData' })
  } catch (error) {
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
