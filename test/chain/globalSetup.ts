import { parseAbi } from 'viem'
import type { TestProject } from 'vitest/node'
import { type AavePayloads, deployAavePayloads } from './aavePayloads.ts'
import { deployAaveV3 } from './deployAaveV3.ts'
import { deployGovernor } from './deployGovernor.ts'
import { startRpcProxy } from './rpcProxy.ts'
import { startLimitedRpc } from './limitedRpc.ts'
import { localClients } from './localClients.ts'
import { startHardhat } from './startHardhat.ts'

export type LocalAaveMarket = {
  pool: string
  configurator: string
  oracle: string
  executor: string
  reserves: Record<string, { asset: string; aggregator: string }>
}

declare module 'vitest' {
  export interface ProvidedContext {
    rpcUrl: string
    governorAddress: string
    proposalBlock: number
    /** An RPC provider that answers every request with HTTP 503. */
    failingRpcUrl: string
    /** The same chain behind a JSON-RPC server that refuses eth_call state overrides. */
    noOverrideRpcUrl: string
    aave: LocalAaveMarket
    /** `payloadsController` emits Aave's PayloadCreated; payload 0 runs `risk`, payload 1 `reverting`. */
    payloads: Record<keyof AavePayloads, string>
  }
}

/**
 * For the `worker-chain` project: one hardhat chain on 127.0.0.1 shared by every test, with a real OpenZeppelin
 * Governor that has emitted one ProposalCreated, a real Aave v3 market (@aave/core-v3) with payloads beside it, a
 * PayloadCreated for one of them, a JSON-RPC server in front of the chain that refuses state overrides, and a
 * provider that fails every request, for the cron's error path.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chain = await startHardhat()
  const governor = await deployGovernor(chain.url)
  const proposalBlock = await governor.propose('# Lower WETH collateral factor\nA proposal made on the local chain for the cron test.')
  const local = localClients(chain.url)
  const aave = await deployAaveV3(local)
  const payloads = await deployAavePayloads(local, aave)
  const createPayload = parseAbi(['function createPayload(address target) returns (uint40)'])
  for (const target of [payloads.risk, payloads.reverting]) await local.write(0, payloads.payloadsController, createPayload, 'createPayload', [target])
  const noOverrides = await startLimitedRpc(chain.url, { refuseStateOverrides: true })
  project.provide('rpcUrl', chain.url)
  project.provide('governorAddress', governor.address)
  project.provide('proposalBlock', Number(proposalBlock))
  const failing = await startRpcProxy(chain.url)
  failing.setMode('error')
  project.provide('failingRpcUrl', failing.url)
  project.provide('noOverrideRpcUrl', noOverrides.url)
  project.provide('aave', {
    pool: aave.pool,
    configurator: aave.configurator,
    oracle: aave.oracle,
    executor: aave.executor,
    reserves: Object.fromEntries(Object.entries(aave.reserves).map(([symbol, reserve]) => [symbol, { asset: reserve.asset, aggregator: reserve.aggregator }])),
  })
  project.provide('payloads', payloads)
  return async () => {
    await failing.stop()
    await noOverrides.stop()
    await chain.stop()
  }
}
