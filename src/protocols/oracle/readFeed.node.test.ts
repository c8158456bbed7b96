import { createRequire } from 'node:module'
import { type Abi, type Address, createPublicClient, createWalletClient, type Hex, http, parseUnits } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { hardhat } from 'viem/chains'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { compile } from '../../../test/chain/compile.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import { runCheck } from '../../check.ts'
import { readFeed } from './readFeed.ts'
import { readProposedOracles } from './readProposedOracles.ts'

const require = createRequire(import.meta.url)
type Artifact = { abi: Abi; bytecode: string }
const artifact = (name: string) => require(`@uniswap/v2-core/build/${name}.json`) as Artifact

// Small contracts with the interfaces of Chainlink's EACAggregatorProxy and OffchainAggregator (minAnswer/maxAnswer
// are immutables of the latter) and of Uniswap v2-periphery's ExampleOracleSimple (`pair`, `PERIOD`).
const sources = {
  'Feeds.sol': `pragma solidity ^0.8.20;
contract Aggregator {
  uint8 public decimals = 8; string public description = "LUNA / USD"; int192 public minAnswer; int192 public maxAnswer;
  int256 answer; uint256 updatedAt; bool broken;
  constructor(int192 min, int192 max, int256 initial) { minAnswer = min; maxAnswer = max; answer = initial; updatedAt = block.timestamp; }
  function setAnswer(int256 value) external { answer = value < minAnswer ? minAnswer : value > maxAnswer ? maxAnswer : value; updatedAt = block.timestamp; }
  function breakIt() external { broken = true; }
  function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) { require(!broken, "no price"); return (1, answer, updatedAt, updatedAt, 1); }
}
contract Proxy {
  Aggregator public aggregator; constructor(Aggregator a) { aggregator = a; }
  function decimals() external view returns (uint8) { return aggregator.decimals(); }
  function description() external view returns (string memory) { return aggregator.description(); }
  function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) { return aggregator.latestRoundData(); }
}
contract PairTwapOracle { address public pair; uint256 public PERIOD; constructor(address p, uint256 period) { pair = p; PERIOD = period; } }`,
  // The public interfaces of Aave's price-cap adapters (bgd-labs/aave-capo IPriceCapAdapter, IPriceCapAdapterStable,
  // ICLSynchronicityPriceAdapter: latestAnswer only), written for the tests: the cap arithmetic follows
  // PriceCapAdapterBase (ratio capped at snapshotRatio + maxRatioGrowthPerSecond · elapsed) and PriceCapAdapterStable.
  'Capo.sol': `pragma solidity ^0.8.20;
interface IFeed { function latestAnswer() external view returns (int256); }
contract UsdFeed { int256 public latestAnswer; uint8 public decimals = 8; constructor(int256 a) { latestAnswer = a; } }
contract RatePriceCapAdapter {
  address public immutable BASE_TO_USD_AGGREGATOR; address public immutable RATIO_PROVIDER;
  uint8 public constant RATIO_DECIMALS = 18; uint8 public constant DECIMALS = 8; string public description = "Capped wstETH / stETH(ETH) / USD";
  uint256 ratio; uint256 snapshotRatio; uint256 snapshotTimestamp; uint16 maxYearlyGrowthPercent;
  constructor(address base, uint256 ratio_, uint256 snapshot, uint256 at, uint16 yearly) { BASE_TO_USD_AGGREGATOR = base; RATIO_PROVIDER = address(this); ratio = ratio_; snapshotRatio = snapshot; snapshotTimestamp = at; maxYearlyGrowthPercent = yearly; }
  function decimals() external pure returns (uint8) { return DECIMALS; }
  function getRatio() public view returns (int256) { return int256(ratio); }
  function getSnapshotRatio() external view returns (uint256) { return snapshotRatio; }
  function getSnapshotTimestamp() external view returns (uint256) { return snapshotTimestamp; }
  function getMaxYearlyGrowthRatePercent() external view returns (uint256) { return maxYearlyGrowthPercent; }
  function getMaxRatioGrowthPerSecond() public view returns (uint256) { return (snapshotRatio * maxYearlyGrowthPercent) / 100_00 / 365 days; }
  function latestAnswer() external view returns (int256) {
    uint256 cap = snapshotRatio + getMaxRatioGrowthPerSecond() * (block.timestamp - snapshotTimestamp);
    uint256 current = ratio > cap ? cap : ratio;
    return (IFeed(BASE_TO_USD_AGGREGATOR).latestAnswer() * int256(current)) / int256(10 ** RATIO_DECIMALS);
  }
}
contract RateTimesFeedAdapter {
  address public immutable BASE_TO_USD_AGGREGATOR; uint8 public constant RATIO_DECIMALS = 18; uint8 public constant decimals = 8; int256 ratio;
  constructor(address base, int256 ratio_) { BASE_TO_USD_AGGREGATOR = base; ratio = ratio_; }
  function getRatio() external view returns (int256) { return ratio; }
  function latestAnswer() external view returns (int256) { return (IFeed(BASE_TO_USD_AGGREGATOR).latestAnswer() * ratio) / 1e18; }
}
contract StablePriceCapAdapter {
  address public immutable ASSET_TO_USD_AGGREGATOR; int256 priceCap; uint8 public constant decimals = 8; string public description = "Capped USDT/USD";
  constructor(address feed, int256 cap) { ASSET_TO_USD_AGGREGATOR = feed; priceCap = cap; }
  function getPriceCap() external view returns (int256) { return priceCap; }
  function latestAnswer() external view returns (int256) { int256 price = IFeed(ASSET_TO_USD_AGGREGATOR).latestAnswer(); return price > priceCap ? priceCap : price; }
}`,
}

// hardhat's well-known account 0 (public test key printed by `hardhat node`).
const deployer = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80')
let chain: LocalChain
let client: ReturnType<typeof createPublicClient>
let wallet: ReturnType<typeof createWalletClient>
const compiled = compile(sources)

async function deploy(abi: Abi, bytecode: string, args: unknown[] = []): Promise<Address> {
  const hash = await wallet.deployContract({ abi, bytecode: (bytecode.startsWith('0x') ? bytecode : `0x${bytecode}`) as Hex, args, account: deployer, chain: hardhat })
  const { contractAddress } = await client.waitForTransactionReceipt({ hash })
  return contractAddress as Address
}
async function send(address: Address, abi: Abi, functionName: string, args: unknown[] = []) {
  const hash = await wallet.writeContract({ address, abi, functionName, args, account: deployer, chain: hardhat })
  await client.waitForTransactionReceipt({ hash })
}

beforeAll(async () => {
  chain = await startHardhat()
  client = createPublicClient({ chain: hardhat, transport: http(chain.url, { retryCount: 0 }) })
  wallet = createWalletClient({ chain: hardhat, transport: http(chain.url) })
})
afterAll(async () => {
  await chain?.stop()
})

test('default: a Chainlink-style proxy gives decimals, description, answer, time and its aggregator bounds', async () => {
  const aggregator = await deploy(compiled.Aggregator.abi, compiled.Aggregator.bytecode, [parseUnits('0.1', 8), parseUnits('10000', 8), parseUnits('80', 8)])
  const proxy = await deploy(compiled.Proxy.abi, compiled.Proxy.bytecode, [aggregator])
  const info = await readFeed({ client, address: proxy, heartbeatSeconds: 86_400 })
  expect(info).toMatchObject({ kind: 'chainlink', decimals: 8, description: 'LUNA / USD', answer: '80', minAnswer: '0.1', maxAnswer: '10000', heartbeatSeconds: 86_400 })
  const block = await client.getBlock()
  expect(info.updatedAt).toBeLessThanOrEqual(Number(block.timestamp))

  // the LUNA failure: the market falls to $0.01, the aggregator clamps at its floor
  await send(aggregator, compiled.Aggregator.abi, 'setAnswer', [parseUnits('0.01', 8)])
  expect((await readFeed({ client, address: proxy })).answer).toBe('0.1')
})

test('behavior: an on-chain TWAP oracle over a real Uniswap v2 pair gives its window, spot and quote-side depth', async () => {
  const factory = await deploy(artifact('UniswapV2Factory').abi, artifact('UniswapV2Factory').bytecode, [deployer.address])
  const token = artifact('ERC20')
  const governanceToken = await deploy(token.abi, token.bytecode, [parseUnits('1000000', 18)])
  const weth = await deploy(token.abi, token.bytecode, [parseUnits('1000000', 18)])
  await send(factory, artifact('UniswapV2Factory').abi, 'createPair', [governanceToken, weth])
  const pair = (await client.readContract({ address: factory, abi: artifact('UniswapV2Factory').abi, functionName: 'getPair', args: [governanceToken, weth] })) as Address
  // 1,000 INV-like tokens against 100 WETH: spot 0.1 WETH per token
  await send(governanceToken, token.abi, 'transfer', [pair, parseUnits('1000', 18)])
  await send(weth, token.abi, 'transfer', [pair, parseUnits('100', 18)])
  await send(pair, artifact('UniswapV2Pair').abi, 'mint', [deployer.address])
  const oracle = await deploy(compiled.PairTwapOracle.abi, compiled.PairTwapOracle.bytecode, [pair, 1800n])

  const info = await readFeed({ client, address: oracle, quotePricesUsd: { [weth.toLowerCase()]: '3400' } })
  expect(info.kind).toBe('twap')
  expect(info.twapWindowSeconds).toBe(1800)
  expect(info.answer).toBe('340') // 0.1 WETH × $3,400
  expect(info.pool).toMatchObject({ address: pair, kind: 'uniswap-v2', quoteReserveUsd: '340000', fee: '0.003' })
  // without a price for either token the depth is unknown and no pool is reported
  expect((await readFeed({ client, address: oracle })).pool).toBeUndefined()
})

test('errors: a source whose latestRoundData reverts comes back with readError', async () => {
  const aggregator = await deploy(compiled.Aggregator.abi, compiled.Aggregator.bytecode, [1n, parseUnits('10000', 8), parseUnits('2000', 8)])
  await send(aggregator, compiled.Aggregator.abi, 'breakIt')
  const info = await readFeed({ client, address: aggregator })
  expect(info.kind).toBe('unknown')
  expect(info.readError).toMatch(/latestRoundData\(\) reverted/)
})

test('behavior: an Aave rate price-cap adapter is read as capo with its rate cap, the underlying named by its base feed', async () => {
  const ethUsd = await deploy(compiled.UsdFeed.abi, compiled.UsdFeed.bytecode, [parseUnits('2000', 8)])
  const { timestamp } = await client.getBlock()
  // wstETH: 1.17 stETH per token, capped from a 1.15 snapshot growing 9.68 % a year
  const adapter = await deploy(compiled.RatePriceCapAdapter.abi, compiled.RatePriceCapAdapter.bytecode, [ethUsd, parseUnits('1.17', 18), parseUnits('1.15', 18), timestamp, 968])
  const info = await readFeed({ client, address: adapter, feedSymbols: { [ethUsd.toLowerCase()]: 'WETH' } })
  expect(info).toMatchObject({ kind: 'capo', underlying: 'WETH', exchangeRate: '1.17', rateCap: { snapshotRatio: '1.15', snapshotTimestamp: Number(timestamp), maxYearlyGrowth: '0.0968' }, decimals: 8 })
  // The cap binds: 1.15 grown for seconds, not 1.17, times $2,000
  expect(Number(info.answer)).toBeGreaterThan(2300)
  expect(Number(info.answer)).toBeLessThan(2301)
})

test('behavior: a rate × feed adapter without a cap is exchange-rate; a stable price-cap adapter is capo with its price cap', async () => {
  const ethUsd = await deploy(compiled.UsdFeed.abi, compiled.UsdFeed.bytecode, [parseUnits('2000', 8)])
  const rate = await deploy(compiled.RateTimesFeedAdapter.abi, compiled.RateTimesFeedAdapter.bytecode, [ethUsd, parseUnits('1.05', 18)])
  expect(await readFeed({ client, address: rate, feedSymbols: { [ethUsd.toLowerCase()]: 'WETH' } })).toMatchObject({ kind: 'exchange-rate', underlying: 'WETH', exchangeRate: '1.05', answer: '2100' })
  const usdtUsd = await deploy(compiled.UsdFeed.abi, compiled.UsdFeed.bytecode, [parseUnits('1.08', 8)])
  const stable = await deploy(compiled.StablePriceCapAdapter.abi, compiled.StablePriceCapAdapter.bytecode, [usdtUsd, parseUnits('1.04', 8)])
  expect(await readFeed({ client, address: stable })).toMatchObject({ kind: 'capo', priceCap: '1.04', answer: '1.04', description: 'Capped USDT/USD' })
  // A feed with latestAnswer() only (Aave's synchronicity adapters, AaveOracle's read) still has its answer.
  expect(await readFeed({ client, address: usdtUsd })).toMatchObject({ kind: 'chainlink', answer: '1.08', decimals: 8 })
})

test('behavior: a proposed oracle read from the chain into the state turns the verdict (floor on the chain → FAIL)', async () => {
  // a WETH feed whose aggregator floors at $1,000 — 50 % of the price: a crash below it would be valued at $1,000
  const aggregator = await deploy(compiled.Aggregator.abi, compiled.Aggregator.bytecode, [parseUnits('1000', 8), parseUnits('100000', 8), parseUnits('2000', 8)])
  const proxy = await deploy(compiled.Proxy.abi, compiled.Proxy.bytecode, [aggregator])
  const block = await client.getBlock()
  const market = tinyMarket({ positions: [] })
  const state = { ...market, provenance: { ...market.provenance, timestamp: new Date(Number(block.timestamp) * 1000).toISOString() } }
  const weth = state.assets[0]
  const changes = [{ protocol: 'aave-v3' as const, chainId: 1, market: state.market, asset: weth.address, symbol: 'WETH', param: 'oracle' as const, after: proxy, action: 0 }]
  const withOracles = await readProposedOracles({ clientFor: () => client, state, changes, heartbeatsSeconds: { [proxy.toLowerCase()]: 3600 } })
  expect(withOracles.oracles?.[proxy.toLowerCase()]).toMatchObject({ kind: 'chainlink', minAnswer: '1000', answer: '2000', heartbeatSeconds: 3600 })
  const verdict = await runCheck({ proposal: { source: 'cli', chainId: 1, id: 'floor', title: 'floor', actions: [] }, changes, state: withOracles, seed: 1, createdAt: '2026-01-01T00:00:00Z' })
  expect(verdict.level).toBe('FAIL')
  expect(verdict.findings.find((finding) => finding.check === 'oracle-change' && finding.severity === 'critical')?.title).toMatch(/cannot report WETH below \$1000/)
})
