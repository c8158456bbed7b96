import type { PublicClient } from 'viem'
import { InputError } from '../errors.ts'
import type { DecodedProposal, Proposal } from '../model.ts'
import { readAaveDeployments } from '../protocols/aave/readAaveDeployments.ts'
import { simulateProposalPayloads } from '../protocols/aave/simulateProposalPayloads.ts'
import { createChainClient } from '../protocols/chain/createChainClient.ts'

export type SimulateWithRpcParameters = { proposal: Proposal; decoded: DecodedProposal; rpc?: string; block?: string }
export type SimulateWithRpcReturnType = { decoded: DecodedProposal; clientFor: (chainId: number) => PublicClient | undefined }

/**
 * The `--rpc URL [--block N]` options of `check` and `decode`: payload actions run on that chain, at that block, on the
 * Aave pools of the registry or of AAVE_DEPLOYMENTS (the same setting as the Worker's).
 */
export async function simulateWithRpc({ proposal, decoded, rpc, block }: SimulateWithRpcParameters): Promise<SimulateWithRpcReturnType> {
  if (block !== undefined && !rpc) throw new InputError('--block needs --rpc URL: the block is on that chain.')
  if (block !== undefined && !/^\d{1,12}$/.test(block)) throw new InputError('--block must be a block number.')
  if (!rpc) return { decoded, clientFor: () => undefined }
  if (!/^https?:\/\//.test(rpc)) throw new InputError('--rpc must be an http(s) JSON-RPC URL.')
  const client = createChainClient({ rpcUrls: [rpc] })
  const chainId = await client.getChainId()
  const clientFor = (id: number) => (id === chainId ? client : undefined)
  const deployments = readAaveDeployments(process.env.AAVE_DEPLOYMENTS)
  return { decoded: await simulateProposalPayloads({ proposal, decoded, clientFor, deployments, blockNumbers: block === undefined ? {} : { [chainId]: BigInt(block) } }), clientFor }
}
