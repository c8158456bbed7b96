import { afterAll, beforeAll, expect, test } from 'vitest'
import { type AaveV3Deployment, deployAaveV3 } from '../../../test/chain/deployAaveV3.ts'
import { localClients } from '../../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import { canonicalHash } from '../../engine/canonicalHash.ts'
import { createChainClient } from '../chain/createChainClient.ts'
import { loadAaveV3State } from './loadAaveV3State.ts'

// A real Aave v3 deployment (the @aave/core-v3 npm artifacts) on a local hardhat node.
let chain: LocalChain
let aave: AaveV3Deployment
let lastBlock: bigint

beforeAll(async () => {
  chain = await startHardhat()
  const local = localClients(chain.url)
  aave = await deployAaveV3(local)
  lastBlock = await local.client.getBlockNumber()
})
afterAll(async () => {
  await chain?.stop()
})

const near = (value: string | undefined, expected: number) => expect(Number(value)).toBeCloseTo(expected, 2)

test('default: reserves, prices, totals and borrower positions from the real pool', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const state = await loadAaveV3State({ client, market: aave.pool, blockNumber: lastBlock })
  expect(state.protocol).toBe('aave-v3')
  expect(state.chainId).toBe(31337)
  expect(state.name).toBe('Aave v3 Firebreak test market')
  const weth = state.assets.find((asset) => asset.symbol === 'WETH')!
  expect(weth).toMatchObject({
    address: aave.reserves.WETH.asset,
    decimals: 18,
    price: '2000',
    collateralFactor: '0.8',
    liquidationThreshold: '0.825',
    liquidationBonus: '0.05',
    liquidationProtocolFee: '0.1',
    reserveFactor: '0.1',
    supplyCap: '1000000',
    borrowCap: '800000',
    debtCeiling: '0',
    frozen: false,
    borrowingEnabled: true,
    collateralEnabled: true,
    oracle: { address: aave.reserves.WETH.aggregator, kind: 'unknown', decimals: 8 },
  })
  near(weth.totalSupply, 1110) // 1000 (lender) + 100 + 10
  near(weth.totalDebt, 4)
  near(state.assets.find((asset) => asset.symbol === 'USDC')!.totalDebt, 360_000)
  expect(state.assets.map((asset) => asset.symbol)).toEqual(['WETH', 'USDC', 'WBTC'])

  expect(state.positions).toHaveLength(3)
  const [largest] = state.positions
  expect(largest.account).toBe(aave.borrowers[1].account) // 200,000 USDC + 4 WETH is the most debt
  expect(Object.keys(largest.collateral)).toEqual(['WBTC'])
  near(largest.collateral.WBTC, 10)
  near(largest.debt.USDC, 200_000)
  near(largest.debt.WETH, 4)
  const third = state.positions.find((position) => position.account === aave.borrowers[2].account)!
  near(third.collateral.WETH, 10)
  near(third.collateral.USDC, 20_000)
  expect(state.positionsTail).toMatchObject({ accounts: 0, debtUsd: '0', unmeasuredAccounts: 0 })

  expect(state.provenance).toMatchObject({ chainId: 31337, block: Number(lastBlock), generated: false })
  expect(state.provenance.source).toContain(aave.pool)
})

test('behavior: every read is pinned to the block asked for', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  // The block where account 2 had supplied WBTC and borrowed USDC but not yet WETH.
  const earlier = await loadAaveV3State({ client, market: aave.pool, blockNumber: lastBlock - 5n })
  expect(earlier.provenance.block).toBe(Number(lastBlock - 5n))
  expect(earlier.positions.map((position) => position.account)).not.toContain(aave.borrowers[2].account)
  const later = await loadAaveV3State({ client, market: aave.pool, blockNumber: lastBlock })
  expect(later.positions.map((position) => position.account)).toContain(aave.borrowers[2].account)
})

test('behavior: the content hash is sha-256 of the canonical state without it, and repeats at the same block', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const first = await loadAaveV3State({ client, market: aave.pool, blockNumber: lastBlock })
  const second = await loadAaveV3State({ client, market: aave.pool, blockNumber: lastBlock })
  expect(first.provenance.contentHash).toMatch(/^[0-9a-f]{64}$/)
  expect(second.provenance.contentHash).toBe(first.provenance.contentHash)
  const { contentHash: hash, ...provenance } = first.provenance
  expect(await canonicalHash({ ...first, provenance })).toBe(hash)
})

test('behavior: a bounded load keeps the largest borrower and sums the tail honestly', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const state = await loadAaveV3State({ client, market: aave.pool, blockNumber: lastBlock, borrowers: { maxPositions: 1, maxBlockRange: 3n } })
  expect(state.positions.map((position) => position.account)).toEqual([aave.borrowers[1].account])
  // The other two: 150,000 + 10,000 USDC of debt; 100 WETH + 10 WETH + 20,000 USDC of collateral.
  expect(state.positionsTail?.accounts).toBe(2)
  expect(Number(state.positionsTail?.debtUsd)).toBeCloseTo(160_000, -1)
  expect(Number(state.positionsTail?.collateralUsd)).toBeCloseTo(240_000, -1)
  expect(state.positionsTail?.source).toMatch(/Borrow events in blocks .*3 accounts.*the 1 largest by debt loaded, 2 more summed/)
})

test('behavior: the fallback transport skips an RPC URL that does not answer', async () => {
  const client = createChainClient({ rpcUrls: ['http://127.0.0.1:9/', chain.url], timeoutMs: 2_000, retryCount: 0 })
  const state = await loadAaveV3State({ client, market: aave.pool, blockNumber: lastBlock, borrowers: { maxPositions: 1 } })
  expect(state.assets).toHaveLength(3)
})

test('errors: an address that is not an Aave v3 pool fails with the contract call named', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  await expect(loadAaveV3State({ client, market: aave.reserves.WETH.asset, blockNumber: lastBlock })).rejects.toThrow(/is not an Aave v3 Pool: ADDRESSES_PROVIDER\(\) failed/)
})
