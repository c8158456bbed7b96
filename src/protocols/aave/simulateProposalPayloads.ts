import { type Address, getAddress, parseAbiItem, type PublicClient, toFunctionSelector } from 'viem'
import type { Action, DecodedProposal, ParameterChange, PayloadSimulation, Proposal, UnknownAction } from '../../model.ts'
import { decodeCall } from '../decode/decodeCall.ts'
import { resolveCalldata } from '../decode/resolveCalldata.ts'
import { lookupAddress } from '../deployments.ts'
import { type AaveChain, aaveChain } from './aaveDeployments.ts'
import type { UnmodelledChange } from './aaveMarketChanges.ts'
import { NotAConfigEnginePayloadError, readConfigEnginePayload } from './readConfigEnginePayload.ts'
import { AavePayloadRevertedError, simulateAavePayload, StateOverrideUnavailableError } from './simulateAavePayload.ts'

/** What one payload did on one chain at one block: stored per (chain, payload, executor, block) and reused. */
export type PayloadOutcome = Omit<PayloadSimulation, 'action' | 'cached' | 'unmodelled'> & {
  /** The changes, with `action` 0 (the caller sets its own action index). */
  changes: ParameterChange[]
  unmodelled: (UnmodelledChange & { symbol?: string })[]
  /** What the method used cannot see; each keeps the action under review. */
  notSeen: string[]
}

export type PayloadSimulationCache = {
  get: (key: { chainId: number; payload: Address; executor: Address; blockNumber?: bigint }) => Promise<PayloadOutcome | null>
  put: (outcome: PayloadOutcome) => Promise<void>
}

export type SimulateProposalPayloadsParameters = {
  proposal: Proposal
  /** What the calldata decoders found; payload actions are among its `unknown`. */
  decoded: DecodedProposal
  /** A client for the chain, or undefined when no RPC is configured for it. */
  clientFor: (chainId: number) => PublicClient | undefined
  /** The block to run at per chain id; the latest when absent (then pinned and stored). */
  blockNumbers?: Record<number, bigint>
  cache?: PayloadSimulationCache
  /** Aave deployments beyond the built-in registry (AAVE_DEPLOYMENTS: forks, testnets, a local chain). */
  deployments?: AaveChain[]
}

type Target = { chainId: number; payload: Address; executor: Address; chain: AaveChain; via?: string }

const EXECUTE = toFunctionSelector('execute()')
const EXECUTE_ADDRESS = parseAbiItem('function execute(address payload)')

/**
 * Resolves the payload actions the decoders could not read by running them on their chain: an `execute()` by
 * delegatecall runs where the proposal lives, an Aave Gov-v2 CrosschainForwarder `execute(address)` runs its payload on
 * the destination chain as that chain's bridge executor. Each payload is executed by the state-override probe on every
 * Aave pool of its chain; where the RPC refuses state overrides, a config-engine payload's view functions are read
 * instead. Each UnknownAction is replaced by the changes found; what could not be seen stays unknown with the reason,
 * so the verdict says REVIEW for it. `simulations` records how each was found.
 */
export async function simulateProposalPayloads({ proposal, decoded, clientFor, blockNumbers = {}, cache, deployments = [] }: SimulateProposalPayloadsParameters): Promise<DecodedProposal> {
  const changes = [...decoded.changes]
  const unknown: UnknownAction[] = []
  const simulations: PayloadSimulation[] = [...(decoded.simulations ?? [])]
  const pinned = new Map<number, bigint>()
  for (const entry of decoded.unknown) {
    const action = proposal.actions[entry.action]
    const target = action ? payloadTarget(proposal, action, deployments) : undefined
    if (!target) {
      unknown.push(entry)
      continue
    }
    if ('reason' in target) {
      unknown.push({ ...entry, reason: `${entry.reason}; not simulated: ${target.reason}` })
      continue
    }
    const client = clientFor(target.chainId)
    if (!client) {
      unknown.push({ ...entry, reason: `${entry.reason}; not simulated: no RPC URL for chain ${target.chainId} (RPC_URLS, or --rpc)` })
      continue
    }
    const requested = blockNumbers[target.chainId] ?? pinned.get(target.chainId)
    const stored = await cache?.get({ chainId: target.chainId, payload: target.payload, executor: target.executor, ...(requested === undefined ? {} : { blockNumber: requested }) })
    const outcome = stored ?? (await runPayload(client, target, requested ?? (await client.getBlockNumber())))
    if (!stored) await cache?.put(outcome)
    if (!pinned.has(target.chainId)) pinned.set(target.chainId, BigInt(outcome.blockNumber))
    const { changes: found, notSeen, ...simulation } = outcome
    simulations.push({ ...simulation, action: entry.action, ...(stored ? { cached: true } : {}) })
    const where = target.via ? `${target.via}, ` : ''
    if (outcome.reverted) {
      unknown.push({ ...entry, reason: `${entry.reason}; simulation failed: ${where}payload ${target.payload} reverted on chain ${target.chainId} at block ${outcome.blockNumber} run as ${target.executor}: ${outcome.reverted}` })
      continue
    }
    changes.push(...found.map((change) => ({ ...change, action: entry.action, ...(target.via ? { note: change.note ? `${target.via}: ${change.note}` : target.via } : {}) })))
    const how = outcome.method === 'probe' ? 'executed by the state-override probe' : `read from its config-engine view functions (${outcome.fallbackReason})`
    for (const missing of notSeen) unknown.push({ ...entry, reason: `${where}payload ${target.payload} ${how} on chain ${target.chainId} at block ${outcome.blockNumber}; not visible that way: ${missing}` })
  }
  return { changes, unknown, simulations }
}

/** Where and as whom a payload action runs, a reason it cannot be run, or undefined when the action is not a payload. */
function payloadTarget(proposal: Proposal, action: Action, deployments: AaveChain[]): Target | { reason: string } | undefined {
  if (!action.withDelegateCall) return undefined
  const resolved = resolveCalldata(action)
  if (!resolved.ok) return undefined
  if (resolved.selector === EXECUTE) {
    const chain = aaveChain(proposal.chainId, deployments)
    if (!chain) return { reason: `chain ${proposal.chainId} has no Aave deployment in the registry` }
    const executor = executorFor(chain, proposal, action)
    return 'reason' in executor ? executor : { chainId: chain.chainId, payload: getAddress(action.target), executor: executor.address, chain }
  }
  const forwarder = lookupAddress(proposal.chainId, action.target).deployment
  if (forwarder?.kind !== 'aave-crosschain-forwarder' || !forwarder.destinationChainId) return undefined
  const call = decodeCall(EXECUTE_ADDRESS, resolved.calldata)
  if (!call.ok) return undefined
  const chain = aaveChain(forwarder.destinationChainId, deployments)
  const executor = chain?.governance.governanceV2Executor
  if (!chain || !executor) return { reason: `chain ${forwarder.destinationChainId} has no Aave Gov-v2 bridge executor in the registry` }
  const payload = getAddress(call.call.args[0] as Address)
  return { chainId: chain.chainId, payload, executor, chain, via: `bridged by ${forwarder.name} to chain ${chain.chainId} (${chain.name})` }
}

/** The executor a payload runs as: the one the proposal names, else its governance's executor of the action's level. */
function executorFor(chain: AaveChain, proposal: Proposal, action: Action): { address: Address } | { reason: string } {
  if (proposal.executor) return { address: getAddress(proposal.executor) }
  if (proposal.source === 'aave-governance-v2' && chain.governance.governanceV2Executor) return { address: chain.governance.governanceV2Executor }
  if (action.accessLevel === 2) return chain.governance.executorLvl2 ? { address: chain.governance.executorLvl2 } : { reason: `chain ${chain.chainId} has no executor lvl2` }
  return { address: chain.governance.executorLvl1 }
}

/** The probe on every pool of the chain; when the RPC refuses state overrides, the config-engine view functions. */
async function runPayload(client: PublicClient, { chainId, payload, executor, chain }: Target, blockNumber: bigint): Promise<PayloadOutcome> {
  const base = { chainId, payload, executor, blockNumber: String(blockNumber), pools: chain.pools.map((pool) => pool.pool) }
  // A delegatecall to an address without code succeeds and changes nothing: that must not read as "no changes".
  const code = await client.getCode({ address: payload, blockNumber })
  if (!code || code === '0x') return { ...base, method: 'probe', changes: [], unmodelled: [], notSeen: [], reverted: 'there is no contract at the payload address at this block' }
  try {
    const results = await Promise.all(chain.pools.map((pool) => simulateAavePayload({ client, pool: pool.pool, protocol: pool.protocol, payload, executor, blockNumber })))
    return { ...base, method: 'probe', changes: results.flatMap((result) => result.changes), unmodelled: withSymbols(results.flatMap((result) => result.unmodelled), results.flatMap((result) => result.changes)), notSeen: [] }
  } catch (error) {
    if (error instanceof AavePayloadRevertedError) return { ...base, method: 'probe', changes: [], unmodelled: [], notSeen: [], reverted: error.reason }
    if (!(error instanceof StateOverrideUnavailableError)) throw error
    const fallbackReason = error.shortMessage
    try {
      const read = await readConfigEnginePayload({ client, payload, blockNumber })
      return { ...base, pools: [read.pool], method: 'config-engine-views', fallbackReason, changes: read.changes, unmodelled: withSymbols(read.unmodelled, read.changes), notSeen: read.notSeen }
    } catch (fallbackError) {
      if (!(fallbackError instanceof NotAConfigEnginePayloadError)) throw fallbackError
      return { ...base, method: 'config-engine-views', fallbackReason, changes: [], unmodelled: [], notSeen: [fallbackError.shortMessage] }
    }
  }
}

const withSymbols = (unmodelled: UnmodelledChange[], changes: ParameterChange[]) =>
  unmodelled.map((entry) => {
    const symbol = changes.find((change) => change.asset === entry.asset && change.symbol)?.symbol
    return symbol ? { ...entry, symbol } : entry
  })
