import { type Address, createPublicClient, getAddress, http } from 'viem'
import { expect, inject, test } from 'vitest'
import type { ParameterChange, Proposal } from '../../model.ts'
import { decodeProposal } from '../decodeProposal.ts'
import type { AaveChain } from './aaveDeployments.ts'
import { readConfigEnginePayload } from './readConfigEnginePayload.ts'
import { type PayloadOutcome, simulateProposalPayloads } from './simulateProposalPayloads.ts'

// One hardhat chain with a real Aave v3 market (@aave/core-v3) and payloads beside it, shared by the worker-chain
// tests (test/chain/globalSetup.ts); `noOverrides` is the same chain behind an RPC that refuses eth_call state overrides.
const aave = inject('aave')
const payloads = inject('payloads') as Record<string, Address>
const client = createPublicClient({ transport: http(inject('rpcUrl'), { retryCount: 0 }) })
const noOverrides = createPublicClient({ transport: http(inject('noOverrideRpcUrl'), { retryCount: 0 }) })
const { WETH, USDC, WBTC } = aave.reserves
const local: AaveChain = {
  chainId: 31337,
  name: 'local hardhat',
  pools: [{ protocol: 'aave-v3', name: 'local Aave v3', pool: aave.pool as Address, configurator: aave.configurator as Address, oracle: aave.oracle as Address, source: 'test/chain/deployAaveV3.ts' }],
  governance: { payloadsControllers: [], executorLvl1: aave.executor as Address, governanceV2Executor: aave.executor as Address, source: 'test/chain/deployAaveV3.ts' },
}

// Aave governance v3 writes a payload action as execute() by delegatecall with empty calldata.
const proposalOf = (...targets: Address[]): Proposal => ({
  source: 'aave-payloads-controller',
  chainId: 31337,
  id: targets.join(','),
  title: 'Local payloads',
  actions: targets.map((target) => ({ target, value: '0', signature: 'execute()', calldata: '0x', withDelegateCall: true })),
})
const simulate = (proposal: Proposal, rpc = client, extra: Partial<Parameters<typeof simulateProposalPayloads>[0]> = {}) =>
  simulateProposalPayloads({ proposal, decoded: decodeProposal(proposal), clientFor: (chainId) => (chainId === 31337 ? rpc : undefined), deployments: [local], ...extra })
const line = (change: ParameterChange) => `${change.action} ${change.symbol ?? change.eModeCategory} ${change.param} ${change.before} → ${change.after}`

test('default: a direct-configurator payload is executed by the probe; its changes replace the unknown action', async () => {
  const proposal = proposalOf(payloads.empty, payloads.risk)
  expect(decodeProposal(proposal).unknown.map((entry) => entry.action)).toEqual([0, 1])
  const resolved = await simulate(proposal)
  expect(resolved.changes.map(line)).toEqual([
    '1 WETH collateralFactor 0.8 → 0.825',
    '1 WETH liquidationThreshold 0.825 → 0.85',
    '1 USDC borrowCap 1500000000 → 1000000000',
    '1 WBTC supplyCap 40000 → 50000',
    '1 WBTC frozen false → true',
    `1 WBTC oracle ${WBTC.aggregator} → ${payloads.newWbtcFeed}`,
  ])
  // Flash loans have no Firebreak parameter: reported, not a reason for REVIEW.
  expect(resolved.unknown).toEqual([])
  expect(resolved.simulations).toMatchObject([
    { action: 0, method: 'probe', chainId: 31337, payload: payloads.empty, executor: aave.executor, pools: [aave.pool], unmodelled: [] },
    { action: 1, method: 'probe', unmodelled: [{ asset: USDC.asset, symbol: 'USDC', field: 'flashLoanEnabled', before: 'false', after: 'true' }] },
  ])
})

test('behavior: the probe and the config-engine view functions each find what a config-engine payload changes, and agree where both apply', async () => {
  const proposal = proposalOf(payloads.engineRisk)
  const probed = await simulate(proposal)
  const viewed = await simulate(proposal, noOverrides)
  const common = [
    `0 USDC reserveFactor 0.1 → 0.15`,
    `0 USDC oracle ${USDC.aggregator} → ${payloads.newUsdcFeed}`,
    `0 WBTC collateralFactor 0.7 → 0.73`,
    `0 WETH supplyCap 1000000 → 1200000`,
  ]
  const sorted = (changes: ParameterChange[]) => changes.map(line).sort()
  // The probe executes _postExecute() too: the freeze of WETH is only there.
  expect(sorted(probed.changes)).toEqual([...common, '0 WETH frozen false → true'].sort())
  expect(sorted(viewed.changes)).toEqual([...common].sort())
  expect(probed.unknown).toEqual([])
  // The fallback says so, and keeps the action under review for what view functions cannot show.
  expect(viewed.simulations![0]).toMatchObject({ method: 'config-engine-views', fallbackReason: expect.stringContaining('state override is not supported'), pools: [aave.pool] })
  expect(viewed.unknown).toHaveLength(1)
  expect(viewed.unknown[0].reason).toMatch(/read from its config-engine view functions .* not visible that way: .*_postExecute\(\)/)
  for (const result of [probed, viewed]) expect(result.simulations![0].unmodelled.map((entry) => `${entry.symbol} ${entry.field}`)).toEqual(['USDC flashLoanEnabled'])
})

test('behavior: readConfigEnginePayload reads the lists with KEEP_CURRENT fields kept, and the pool from the engine', async () => {
  const read = await readConfigEnginePayload({ client, payload: payloads.engineRisk, action: 2 })
  expect(read.pool).toBe(getAddress(aave.pool))
  expect(read.changes.find((change) => change.symbol === 'WBTC')).toMatchObject({ param: 'collateralFactor', before: '0.7', after: '0.73', action: 2, market: getAddress(aave.pool) })
  // KEEP_CURRENT borrow cap and liquidation threshold / bonus are not changes.
  expect(read.changes.filter((change) => change.symbol === 'WBTC' || change.symbol === 'WETH').map((change) => change.param)).toEqual(['collateralFactor', 'supplyCap'])
  await expect(readConfigEnginePayload({ client, payload: payloads.risk })).rejects.toThrow(/not built on Aave's config engine/)
})

test('behavior: where neither the probe nor the view functions can see a payload, the action stays REVIEW and says why', async () => {
  const resolved = await simulate(proposalOf(payloads.risk), noOverrides)
  expect(resolved.changes).toEqual([])
  expect(resolved.unknown[0].reason).toMatch(/not visible that way: payload .* is not built on Aave's config engine/)
  expect(resolved.simulations![0]).toMatchObject({ method: 'config-engine-views', fallbackReason: expect.stringContaining('state override is not supported') })
})

test('behavior: a stored simulation is reused at its pinned block instead of running the payload again', async () => {
  const stored: PayloadOutcome[] = []
  const cache = { get: async () => stored[0] ?? null, put: async (outcome: PayloadOutcome) => void stored.push(outcome) }
  const first = await simulate(proposalOf(payloads.risk), client, { cache })
  const again = await simulate(proposalOf(payloads.risk), noOverrides, { cache })
  expect(stored).toHaveLength(1)
  expect(again.changes).toEqual(first.changes)
  expect(again.simulations![0]).toMatchObject({ cached: true, method: 'probe', blockNumber: first.simulations![0].blockNumber })
})

test('behavior: a Gov-v2 payload bridged by a CrosschainForwarder runs on the destination chain as its bridge executor', async () => {
  // Proposal on Ethereum: execute(address) by delegatecall on CrosschainForwarderPolygon; chain 137 is the local chain here.
  const proposal: Proposal = {
    source: 'aave-governance-v2',
    chainId: 1,
    id: 'bridged',
    title: 'Bridged payload',
    actions: [{ target: '0x158a6bC04F0828318821baE797f50B0A1299d45b', value: '0', signature: 'execute(address)', calldata: `0x${payloads.risk.slice(2).toLowerCase().padStart(64, '0')}`, withDelegateCall: true }],
  }
  const resolved = await simulateProposalPayloads({ proposal, decoded: decodeProposal(proposal), clientFor: (chainId) => (chainId === 137 ? client : undefined), deployments: [{ ...local, chainId: 137 }] })
  expect(resolved.changes.map(line)).toContain('0 WBTC frozen false → true')
  expect(resolved.changes[0].note).toMatch(/bridged by Aave CrosschainForwarderPolygon to chain 137/)
  expect(resolved.simulations![0]).toMatchObject({ chainId: 137, payload: payloads.risk, executor: aave.executor })
})

test('errors: a reverting payload stays unknown with the revert reason; a chain without an RPC is not simulated', async () => {
  const reverted = await simulate(proposalOf(payloads.reverting))
  expect(reverted.changes).toEqual([])
  expect(reverted.unknown[0].reason).toMatch(/simulation failed: payload .* reverted on chain 31337 at block \d+ run as .*: Error\(payload refuses\)/)
  expect(reverted.simulations![0].reverted).toBe('Error(payload refuses)')
  const noRpc = await simulate(proposalOf(payloads.risk), client, { clientFor: () => undefined })
  expect(noRpc.unknown[0].reason).toMatch(/not simulated: no RPC URL for chain 31337/)
})
