import type { PublicClient } from 'viem'
import type { Address } from '../../model.ts'
import { aaveGetProposal } from './events.ts'

export type DescribeAavePayloadsParameters = {
  client: Pick<PublicClient, 'readContract'>
  governance: Address
  proposalId: bigint
}

/**
 * Reads an Aave GovernanceV3 proposal's payload references (`getProposal(id).payloads`) and names each
 * as the key its PayloadCreated check is stored under, so a reader can go from the proposal to the
 * verdicts of its payloads: "chain 1, PayloadsController 0x…, payload 101 → aave-payloads-controller:1:0x…:101".
 */
export async function describeAavePayloads({ client, governance, proposalId }: DescribeAavePayloadsParameters): Promise<string[]> {
  const proposal = await client.readContract({ address: governance, abi: aaveGetProposal, functionName: 'getProposal', args: [proposalId] })
  return proposal.payloads.map(
    (payload) =>
      `chain ${payload.chain}, PayloadsController ${payload.payloadsController}, payload ${payload.payloadId} → aave-payloads-controller:${payload.chain}:${payload.payloadsController.toLowerCase()}:${payload.payloadId}`,
  )
}
