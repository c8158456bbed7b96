import { afterAll, beforeAll, expect, test } from 'vitest'
import { type CometLikeDeployment, deployCometLike } from '../../../test/chain/deployCompoundLike.ts'
import { localClients } from '../../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import { createChainClient } from '../chain/createChainClient.ts'
import { loadCometState } from './loadCometState.ts'

// Comet publishes no compiled artifacts on npm: these tests run against CometLike
// (test/chain/contracts/CompoundLike.sol), a minimal contract with Comet's view functions and Withdraw event.
let chain: LocalChain
let comet: CometLikeDeployment

beforeAll(async () => {
  chain = await startHardhat()
  comet = await deployCometLike(localClients(chain.url))
})
afterAll(async () => {
  await chain?.stop()
})

test('default: base asset, collateral and borrowers from a Comet-compatible contract (not Comet bytecode)', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const state = await loadCometState({ client, market: comet.comet })
  expect(state).toMatchObject({ protocol: 'compound-v3', name: `Compound III USDC ${comet.comet}` })
  expect(state.assets[0]).toMatchObject({
    address: comet.base,
    symbol: 'USDC',
    price: '1',
    collateralFactor: '0',
    borrowingEnabled: true,
    totalSupply: '10000000',
    totalDebt: '90000',
    oracle: { address: comet.baseFeed, kind: 'chainlink', decimals: 8, description: 'USDC / USD' },
  })
  expect(state.assets[1]).toMatchObject({
    address: comet.collateral.WETH.asset,
    symbol: 'WETH',
    price: '2000',
    collateralFactor: '0.825',
    liquidationThreshold: '0.895',
    liquidationBonus: '0.05',
    supplyCap: '500000',
    totalSupply: '50',
    totalDebt: '0',
    borrowingEnabled: false,
    collateralEnabled: true,
  })
  expect(state.assets[2]).toMatchObject({ symbol: 'WBTC', supplyCap: '18000', totalSupply: '2', price: '30000' })
  expect(state.reserves.protocolReserves).toBe('500000')
  expect(state.positions).toEqual([
    { account: comet.borrowers[0], collateral: { WETH: '50' }, debt: { USDC: '60000' } },
    { account: comet.borrowers[1], collateral: { WBTC: '2' }, debt: { USDC: '30000' } },
  ])
})

test('behavior: the tail of borrowers beyond the bound is summed in USD', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const state = await loadCometState({ client, market: comet.comet, borrowers: { maxPositions: 1 } })
  expect(state.positions).toHaveLength(1)
  expect(state.positionsTail).toMatchObject({ accounts: 1, debtUsd: '30000', collateralUsd: '60000', unmeasuredAccounts: 0 })
})

test('errors: an address that is not a Comet fails with what was tried', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  await expect(loadCometState({ client, market: comet.base })).rejects.toThrow(/is not a Compound III Comet: baseToken\(\) failed/)
})
