import { decodeEventLog } from 'viem'
import type { Address, Hex, Proposal } from '../../model.ts'
import type { WatchedSourceKind } from '../watchedDao.ts'
import { aavePayloadCreated, aaveProposalCreated, governorProposalCreated } from './events.ts'

export type ProposalFromLogParameters = {
  kind: WatchedSourceKind
  chainId: number
  log: { address: Address; topics: readonly Hex[]; data: Hex }
}

/** A Proposal plus, for Aave GovernanceV3, the fact that its actions live in payloads checked separately. */
export type ProposalFromLogReturnType = { proposal: Proposal; checkable: boolean }

const firstLine = (text: string) => text.replace(/^#+\s*/, '').split('\n')[0].trim().slice(0, 200)

/**
 * Decodes one governance log into a Proposal (model.ts):
 * - `governor` / `governor-bravo`: ProposalCreated with targets, values, signatures and calldatas; the
 *   title is the description's first line (OZ and Tally convention: "# Title\n…").
 * - `aave-payloads-controller`: PayloadCreated; its ExecutionActions become the actions, so a payload is
 *   checked as soon as it exists, before any proposal references it.
 * - `aave-governance-v3`: ProposalCreated only carries the proposal's IPFS hash; its payloads are checked
 *   from their own PayloadCreated events, so the proposal is recorded but not checkable on its own
 *   (pollChainSource adds the payload references with describeAavePayloads).
 * Throws viem's decode errors for a log that is not the event its source emits.
 */
export function proposalFromLog({ kind, chainId, log }: ProposalFromLogParameters): ProposalFromLogReturnType {
  const governor = log.address.toLowerCase() as Address
  const topics = log.topics as [Hex, ...Hex[]]
  if (kind === 'governor' || kind === 'governor-bravo') {
    const { args } = decodeEventLog({ abi: [governorProposalCreated], topics, data: log.data, strict: true })
    return {
      checkable: true,
      proposal: {
        source: kind,
        chainId,
        governor,
        id: args.proposalId.toString(),
        title: firstLine(args.description) || `Proposal ${args.proposalId}`,
        body: args.description,
        actions: args.targets.map((target, index) => ({
          target: target.toLowerCase() as Address,
          value: args.values[index].toString(),
          signature: args.signatures[index] ?? '',
          calldata: args.calldatas[index],
          withDelegateCall: false,
        })),
      },
    }
  }
  if (kind === 'aave-payloads-controller') {
    const { args } = decodeEventLog({ abi: [aavePayloadCreated], topics, data: log.data, strict: true })
    return {
      checkable: true,
      proposal: {
        source: 'aave-payloads-controller',
        chainId,
        governor,
        id: String(args.payloadId),
        title: `Aave payload ${args.payloadId} on chain ${chainId}`,
        body: `Payload ${args.payloadId} created by ${args.creator} on PayloadsController ${governor} (maximum access level ${args.maximumAccessLevelRequired}).`,
        actions: args.actions.map((action) => ({
          target: action.target.toLowerCase() as Address,
          value: action.value.toString(),
          signature: action.signature,
          calldata: action.callData,
          withDelegateCall: action.withDelegateCall,
          accessLevel: action.accessLevel,
        })),
      },
    }
  }
  if (kind === 'aave-governance-v3') {
    const { args } = decodeEventLog({ abi: [aaveProposalCreated], topics, data: log.data, strict: true })
    return {
      checkable: false,
      proposal: {
        source: 'aave-governance-v3',
        chainId,
        governor,
        id: args.proposalId.toString(),
        url: `https://app.aave.com/governance/v3/proposal/?proposalId=${args.proposalId}`,
        title: `Aave proposal ${args.proposalId}`,
        body: `Created by ${args.creator}, access level ${args.accessLevel}, IPFS hash ${args.ipfsHash}. Its payloads are checked from their PayloadsControllers' PayloadCreated events.`,
        actions: [],
      },
    }
  }
  throw new Error(`${kind} sources are not read from chain logs`)
}
