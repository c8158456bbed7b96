import type { TestProject } from 'vitest/node'
import { deployGovernor } from './deployGovernor.ts'
import { startRpcProxy } from './rpcProxy.ts'
import { startHardhat } from './startHardhat.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    rpcUrl: string
    governorAddress: string
    proposalBlock: number
    /** An RPC provider that answers every request with HTTP 503. */
    failingRpcUrl: string
  }
}

/**
 * For the `worker-chain` project: a hardhat chain on 127.0.0.1 with a real OpenZeppelin Governor that
 * has emitted one ProposalCreated, so the Worker's scheduled handler can poll it from inside workerd; and a provider
 * in front of it that fails every request, for the cron's error path.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chain = await startHardhat()
  const governor = await deployGovernor(chain.url)
  const proposalBlock = await governor.propose('# Lower WETH collateral factor\nA proposal made on the local chain for the cron test.')
  project.provide('rpcUrl', chain.url)
  project.provide('governorAddress', governor.address)
  project.provide('proposalBlock', Number(proposalBlock))
  const failing = await startRpcProxy(chain.url)
  failing.setMode('error')
  project.provide('failingRpcUrl', failing.url)
  return async () => {
    await failing.stop()
    await chain.stop()
  }
}
