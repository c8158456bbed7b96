import { afterAll, beforeAll, expect, test } from 'vitest'
import { type ComptrollerLikeDeployment, deployComptrollerLike } from '../../../test/chain/deployCompoundLike.ts'
import { localClients } from '../../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import { createChainClient } from '../chain/createChainClient.ts'
import { loadCompoundV2State } from './loadCompoundV2State.ts'

// Compound v2 publishes no compiled artifacts on npm: these tests run against ComptrollerLike/CTokenLike
// (test/chain/contracts/CompoundLike.sol), minimal contracts with Compound's view functions and Borrow event.
let chain: LocalChain
let compound: ComptrollerLikeDeployment
let lastBlock: bigint

beforeAll(async () => {
  chain = await startHardhat()
  const local = localClients(chain.url)
  compound = await deployComptrollerLike(local)
  lastBlock = await local.client.getBlockNumber()
})
afterAll(async () => {
  await chain?.stop()
})

test('default: markets and accounts from a Comptroller-compatible contract (not Compound bytecode)', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const state = await loadCompoundV2State({ client, market: compound.comptroller, blockNumber: lastBlock })
  expect(state).toMatchObject({ protocol: 'compound-v2', chainId: 31337, market: compound.comptroller, closeFactor: '0.5' })
  expect(state.assets.map((asset) => asset.symbol)).toEqual(['USDC', 'WETH', 'WBTC'])
  expect(state.assets[1]).toEqual({
    address: compound.markets.WETH.cToken,
    symbol: 'WETH',
    decimals: 18,
    price: '2000',
    collateralFactor: '0.825',
    liquidationThreshold: '0.825',
    liquidationBonus: '0.08',
    liquidationProtocolFee: '0.028',
    reserveFactor: '0.15',
    supplyCap: '0',
    borrowCap: '50000',
    debtCeiling: '0',
    frozen: false,
    paused: false,
    borrowingEnabled: true,
    collateralEnabled: true,
    totalSupply: '100',
    totalDebt: '10',
    oracle: { address: compound.oracle, kind: 'unknown' },
  })
  expect(state.assets[2]).toMatchObject({ symbol: 'WBTC', borrowingEnabled: false, price: '30000', totalSupply: '5', totalDebt: '1' })
  expect(state.assets[0]).toMatchObject({ symbol: 'USDC', totalSupply: '1500000', totalDebt: '150000', borrowCap: '0' })
  // 1,000 USDC + 12 WETH × 2,000 of reserves.
  expect(state.reserves.protocolReserves).toBe('25000')

  // Largest debt first: 100,000 USDC; 50,000 USDC + 10 WETH = 70,000; 1 WBTC = 30,000.
  expect(state.positions).toEqual([
    { account: compound.borrowers[0].account, collateral: { WETH: '100' }, debt: { USDC: '100000' } },
    { account: compound.borrowers[1].account, collateral: { WBTC: '5' }, debt: { USDC: '50000', WETH: '10' } },
    { account: compound.borrowers[2].account, collateral: { USDC: '500000' }, debt: { WBTC: '1' } },
  ])
  expect(state.positionsTail).toMatchObject({ accounts: 0, unmeasuredAccounts: 0 })
  expect(state.provenance).toMatchObject({ block: Number(lastBlock), generated: false })
  expect(state.provenance.contentHash).toMatch(/^[0-9a-f]{64}$/)
})

test('behavior: a bound on measured accounts is reported, not hidden', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const state = await loadCompoundV2State({ client, market: compound.comptroller, blockNumber: lastBlock, borrowers: { maxCandidates: 1, maxPositions: 1 } })
  // The most recent borrower (account 3) is the only one measured; the other two are counted as unmeasured.
  expect(state.positions.map((position) => position.account)).toEqual([compound.borrowers[2].account])
  expect(state.positionsTail).toMatchObject({ accounts: 0, unmeasuredAccounts: 2 })
  expect(state.positionsTail?.source).toContain('2 older accounts not measured')
})
