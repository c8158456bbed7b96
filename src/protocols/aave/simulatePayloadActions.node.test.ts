import { afterAll, beforeAll, expect, test } from 'vitest'
import { type AavePayloads, deployAavePayloads } from '../../../test/chain/aavePayloads.ts'
import { type AaveV3Deployment, deployAaveV3 } from '../../../test/chain/deployAaveV3.ts'
import { type LocalClients, localClients } from '../../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import type { Proposal } from '../../model.ts'
import { decodeProposal } from '../decodeProposal.ts'
import { simulatePayloadActions } from './simulatePayloadActions.ts'

let chain: LocalChain
let local: LocalClients
let aave: AaveV3Deployment
let payloads: AavePayloads

beforeAll(async () => {
  chain = await startHardhat()
  local = localClients(chain.url)
  aave = await deployAaveV3(local)
  payloads = await deployAavePayloads(local, aave)
})
afterAll(async () => {
  await chain?.stop()
})

// Aave governance v3 writes a payload action as execute() by delegatecall with empty calldata.
const proposalOf = (...targets: `0x${string}`[]): Proposal => ({
  source: 'aave-payloads-controller',
  chainId: 31337,
  id: '1',
  title: 'Test payloads',
  actions: targets.map((target) => ({ target, value: '0', signature: 'execute()', calldata: '0x', withDelegateCall: true })),
})

test('default: payload actions the decoders leave unknown become the changes the probe finds', async () => {
  const proposal = proposalOf(payloads.empty, payloads.risk)
  const decoded = decodeProposal(proposal)
  expect(decoded.unknown.map((entry) => entry.action)).toEqual([0, 1])
  const resolved = await simulatePayloadActions({ client: local.client, proposal, decoded, pool: aave.pool, executor: aave.executor })
  expect(resolved.changes.map((change) => `${change.action} ${change.symbol} ${change.param} ${change.before} → ${change.after}`)).toEqual([
    '1 WETH collateralFactor 0.8 → 0.825',
    '1 WETH liquidationThreshold 0.825 → 0.85',
    '1 USDC borrowCap 1500000000 → 1000000000',
    '1 WBTC supplyCap 40000 → 50000',
    '1 WBTC frozen false → true',
    `1 WBTC oracle ${aave.reserves.WBTC.aggregator} → ${payloads.newWbtcFeed}`,
  ])
  // The risk payload also enables USDC flash loans, which Firebreak does not model: that action stays for REVIEW.
  expect(resolved.unknown).toHaveLength(1)
  expect(resolved.unknown[0]).toMatchObject({ action: 1, reason: expect.stringContaining('flashLoanEnabled') })
})

test('errors: a reverting payload stays unknown, with the revert reason added', async () => {
  const proposal = proposalOf(payloads.reverting)
  const resolved = await simulatePayloadActions({ client: local.client, proposal, decoded: decodeProposal(proposal), pool: aave.pool, executor: aave.executor })
  expect(resolved.changes).toEqual([])
  expect(resolved.unknown[0].reason).toMatch(/simulation failed: .*Error\(payload refuses\)/)
})
