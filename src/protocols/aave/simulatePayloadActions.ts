import { type Address, type PublicClient, toFunctionSelector } from 'viem'
import type { DecodedProposal, Proposal, UnknownAction } from '../../model.ts'
import { AavePayloadRevertedError, simulateAavePayload } from './simulateAavePayload.ts'

export type SimulatePayloadActionsParameters = {
  client: PublicClient
  proposal: Proposal
  /** What the calldata decoders found; payload actions are among its `unknown`. */
  decoded: DecodedProposal
  /** The Aave v3 Pool the payloads configure and the executor that runs them (its roles are the payloads'). */
  pool: Address
  executor: Address
  blockNumber?: bigint
}

const executeSelector = toFunctionSelector('execute()')

/** `execute()` by delegatecall: the form of Aave governance payloads, whatever way the call is written. */
function isExecutePayload({ withDelegateCall, signature, calldata }: Proposal['actions'][number]): boolean {
  if (!withDelegateCall) return false
  if (signature) return signature.replace(/\s/g, '') === 'execute()' && calldata === '0x'
  return calldata.slice(0, 10).toLowerCase() === executeSelector
}

/**
 * Resolves the payload actions the decoders could not read: each `execute()`-by-delegatecall action is run
 * through the probe (simulateAavePayload) and its UnknownAction replaced by the changes found. An action whose
 * payload reverts, or that changes fields Firebreak does not model, stays unknown with the reason, so the
 * verdict still says REVIEW for it.
 */
export async function simulatePayloadActions({ client, proposal, decoded, pool, executor, blockNumber }: SimulatePayloadActionsParameters): Promise<DecodedProposal> {
  const changes = [...decoded.changes]
  const unknown: UnknownAction[] = []
  for (const entry of decoded.unknown) {
    const action = proposal.actions[entry.action]
    if (!action || !isExecutePayload(action)) {
      unknown.push(entry)
      continue
    }
    try {
      const result = await simulateAavePayload({ client, pool, payload: action.target, executor, blockNumber, action: entry.action })
      changes.push(...result.changes)
      if (result.unmodelled.length > 0)
        unknown.push({
          ...entry,
          reason: `payload also changes what Firebreak does not model: ${result.unmodelled.map((change) => `${change.field} of ${change.asset} ${change.before} → ${change.after}`).join('; ')}`,
        })
    } catch (error) {
      if (!(error instanceof AavePayloadRevertedError)) throw error
      unknown.push({ ...entry, reason: `${entry.reason}; simulation failed: ${error.shortMessage}` })
    }
  }
  return { changes, unknown }
}
