import { type Address, parseAbi } from 'viem'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { compileAavePayloadProbe } from '../../../test/chain/buildAavePayloadProbe.ts'
import { deployAavePayloads } from '../../../test/chain/aavePayloads.ts'
import { type AaveV3Deployment, deployAaveV3 } from '../../../test/chain/deployAaveV3.ts'
import { type LocalClients, localClients } from '../../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import { aavePayloadProbeBytecode } from './aavePayloadProbeBytecode.ts'
import { loadAaveV3State } from './loadAaveV3State.ts'
import { AavePayloadRevertedError, simulateAavePayload } from './simulateAavePayload.ts'

let chain: LocalChain
let local: LocalClients
let aave: AaveV3Deployment
let payload: Address
let reverting: Address
let empty: Address
let newWbtcFeed: Address

beforeAll(async () => {
  chain = await startHardhat()
  local = localClients(chain.url)
  aave = await deployAaveV3(local)
  ;({ risk: payload, reverting, empty, newWbtcFeed } = await deployAavePayloads(local, aave))
})
afterAll(async () => {
  await chain?.stop()
})

test('default: the probe finds exactly what the payload changes', async () => {
  const { changes, unmodelled } = await simulateAavePayload({ client: local.client, pool: aave.pool, payload, executor: aave.executor, action: 2 })
  const common = { protocol: 'aave-v3', chainId: 31337, market: aave.pool, action: 2 }
  const { WETH, USDC, WBTC } = aave.reserves
  expect(changes).toEqual([
    { ...common, asset: WETH.asset, symbol: 'WETH', param: 'collateralFactor', before: '0.8', after: '0.825' },
    { ...common, asset: WETH.asset, symbol: 'WETH', param: 'liquidationThreshold', before: '0.825', after: '0.85' },
    { ...common, asset: USDC.asset, symbol: 'USDC', param: 'borrowCap', before: '1500000000', after: '1000000000' },
    { ...common, asset: WBTC.asset, symbol: 'WBTC', param: 'supplyCap', before: '40000', after: '50000' },
    { ...common, asset: WBTC.asset, symbol: 'WBTC', param: 'frozen', before: 'false', after: 'true' },
    { ...common, asset: WBTC.asset, symbol: 'WBTC', param: 'oracle', before: WBTC.aggregator, after: newWbtcFeed },
  ])
  expect(unmodelled).toEqual([{ asset: USDC.asset, field: 'flashLoanEnabled', before: 'false', after: 'true' }])
})

test('behavior: the probe writes nothing, and agrees with a real execution through the executor', async () => {
  const blockBefore = await local.client.getBlockNumber()
  await simulateAavePayload({ client: local.client, pool: aave.pool, payload, executor: aave.executor })
  expect(await local.client.getBlockNumber()).toBe(blockBefore)
  expect(await local.client.getCode({ address: aave.executor })).not.toBe(aavePayloadProbeBytecode)

  const snapshot = await local.test.snapshot()
  try {
    const executorAbi = parseAbi(['function executeTransaction(address target, bytes data) returns (bytes)'])
    await local.write(0, aave.executor, executorAbi, 'executeTransaction', [payload, '0x61461954']) // execute()
    const state = await loadAaveV3State({ client: local.client, market: aave.pool, borrowers: { maxPositions: 0 } })
    const wbtc = state.assets.find((asset) => asset.symbol === 'WBTC')!
    expect(state.assets.find((asset) => asset.symbol === 'WETH')).toMatchObject({ collateralFactor: '0.825', liquidationThreshold: '0.85' })
    expect(wbtc).toMatchObject({ supplyCap: '50000', frozen: true, oracle: { address: newWbtcFeed } })
    expect(wbtc.price).toBe('29500')
    // Executed for real, the same payload changes nothing more.
    const again = await simulateAavePayload({ client: local.client, pool: aave.pool, payload, executor: aave.executor })
    expect(again.changes).toEqual([])
  } finally {
    await local.test.revert({ id: snapshot })
  }
})

test('behavior: a payload that changes nothing yields no changes', async () => {
  const result = await simulateAavePayload({ client: local.client, pool: aave.pool, payload: empty, executor: aave.executor })
  expect(result).toMatchObject({ changes: [], unmodelled: [] })
})

test('behavior: the deployed probe is the solc build of AavePayloadProbe.sol', () => {
  // If this fails, rebuild: npx tsx test/chain/buildAavePayloadProbe.ts
  expect(aavePayloadProbeBytecode).toBe(compileAavePayloadProbe())
})

test('errors: a payload that reverts is reported with its reason', async () => {
  const failure = simulateAavePayload({ client: local.client, pool: aave.pool, payload: reverting, executor: aave.executor })
  await expect(failure).rejects.toBeInstanceOf(AavePayloadRevertedError)
  await expect(failure).rejects.toThrow(/reverted when executed by the probe: Error\(payload refuses\)/)
})

test('errors: run from an address without the admin roles, the payload reverts as Aave would refuse it', async () => {
  const stranger = '0x000000000000000000000000000000000000bEEF'
  // Aave v3 Errors.CALLER_NOT_RISK_OR_POOL_ADMIN = '4'
  await expect(simulateAavePayload({ client: local.client, pool: aave.pool, payload, executor: stranger })).rejects.toThrow(/reverted when executed by the probe: Error\(4\)/)
})
