import { createMessageBatch } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { type Address, createPublicClient, http } from 'viem'
import { expect, inject, test } from 'vitest'
import { getVerdict } from '../../store/getVerdict.ts'
import { listProposalStates } from '../../store/sources/listProposalStates.ts'
import { recordProposal } from '../../store/sources/recordProposal.ts'
import { aavePayloadCreated } from '../chain/events.ts'
import { proposalFromLog } from '../chain/proposalFromLog.ts'
import type { CheckMessage } from './checkMessage.ts'
import { consumeChecks } from './consumeChecks.ts'

// The local chain of test/chain/globalSetup.ts: a real Aave v3 market, and a PayloadsController-like contract that
// emitted PayloadCreated for payload 0 (a direct-configurator risk payload) and payload 1 (a payload that reverts).
const aave = inject('aave')
const payloads = inject('payloads') as Record<string, Address>
const client = createPublicClient({ transport: http(inject('rpcUrl'), { retryCount: 0 }) })
const onChain = {
  ...env,
  RPC_URLS: JSON.stringify({ 31337: inject('rpcUrl') }),
  AAVE_DEPLOYMENTS: JSON.stringify([{ chainId: 31337, name: 'local hardhat', pools: [{ protocol: 'aave-v3', pool: aave.pool, configurator: aave.configurator, oracle: aave.oracle }], executor: aave.executor }]),
}

/** The verdict the queue consumer posts for the PayloadCreated of `payloadId`. */
async function checkPayloadCreated(payloadId: number) {
  const logs = await client.getLogs({ address: payloads.payloadsController, event: aavePayloadCreated, fromBlock: 0n, args: { payloadId } })
  expect(logs).toHaveLength(1)
  const { proposal } = proposalFromLog({ kind: 'aave-payloads-controller', chainId: 31337, log: logs[0] })
  const { key, version } = await recordProposal(env.DB, { proposal, via: 'poll' })
  const batch = createMessageBatch<CheckMessage>('firebreak-checks', [{ id: crypto.randomUUID(), timestamp: new Date(), attempts: 1, body: { key, version } }])
  await consumeChecks(batch, onChain)
  const state = (await listProposalStates(env.DB)).find((row) => row.key === key)
  expect(state?.state).toBe('posted')
  return (await getVerdict(env.DB, state!.verdictId!))!
}

test('default: the queue consumer turns a PayloadCreated on the local chain into a verdict with the payload\'s changes, not REVIEW', async () => {
  const verdict = await checkPayloadCreated(0)
  expect(verdict.level).not.toBe('REVIEW')
  expect(verdict.unknown).toEqual([])
  expect(verdict.changes.map((change) => `${change.symbol} ${change.param} → ${change.after}`)).toEqual([
    'WETH collateralFactor → 0.825',
    'WETH liquidationThreshold → 0.85',
    'USDC borrowCap → 1000000000',
    'WBTC supplyCap → 50000',
    'WBTC frozen → true',
    `WBTC oracle → ${payloads.newWbtcFeed}`,
  ])
  expect(verdict.simulations).toMatchObject([{ action: 0, method: 'probe', chainId: 31337, payload: payloads.risk, executor: aave.executor }])
  expect(verdict.findings.find((finding) => finding.check === 'payload-simulation')?.title).toBe('Action 1 simulated (state-override probe)')
  // The proposed WBTC source was read from the chain into the state the oracle check judges.
  // (On the embedded Ethereum stand-in its $29,500 is 15 % from the state's WBTC price: a FAIL on that stand-in.)
  expect(verdict.findings.find((finding) => finding.check === 'oracle-change')?.title).toMatch(/New source reads WBTC at \$29500/)
  // Stored per (chain, payload, executor, block): a re-check reuses it.
  const stored = await env.DB.prepare('SELECT block_number FROM payload_simulations WHERE payload = ?').bind(payloads.risk).all<{ block_number: number }>()
  expect(stored.results.map((row) => String(row.block_number))).toEqual([verdict.simulations![0].blockNumber])
})

test('errors: a payload that reverts on the chain stays REVIEW with the revert reason', async () => {
  const verdict = await checkPayloadCreated(1)
  expect(verdict.level).toBe('REVIEW')
  expect(verdict.changes).toEqual([])
  expect(verdict.unknown[0].reason).toMatch(/simulation failed: payload .* reverted on chain 31337 at block \d+ .*: Error\(payload refuses\)/)
  expect(verdict.findings.find((finding) => finding.check === 'undecoded-actions')?.why).toMatch(/Error\(payload refuses\)/)
})
