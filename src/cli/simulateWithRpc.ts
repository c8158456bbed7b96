import type { PublicClient } from 'viem'
import { InputError } from '../errors.ts'
import type { DecodedProposal, Proposal } from '../model.ts'
import { simulateProposalPayloads } from '../protocols/aave/simulateProposalPayloads.ts'
import { createChainClient } from '../protocols/chain/createChainClient.ts'

export type SimulateWithRpcParameters = { proposal: Proposal; decoded: DecodedProposal; rpc?: string; block?: string }
export type SimulateWithRpcReturnType = { decoded: DecodedProposal; clientFor: (chainId: number) => PublicClient | undefined }

/** The `--rpc URL [--block N]` options of `check` and `decode`: payload actions run on that chain, at that block. */
export async function simulateWithRpc({ proposal, decoded, rpc, block }: SimulateWithRpcParameters): Promise<SimulateWithRpcReturnType> {
  if (block !== undefined && !rpc) throw new InputError('--block needs --rpc URL: the block is on that chain.')
  if (block !== undefined && !/^\d{1,12}$/.test(block)) throw new InputError('--block must be a block number.')
  if (!rpc) return { decoded, clientFor: () => undefined }
  if (!/^https?:\/\//.test(rpc)) throw new InputError('--rpc must be an http(s) JSON-RPC URL.')
  const client = createChainClient({ rpcUrls: [rpc] })
  const chainId = await client.getChainId()
  const clientFor = (id: number) => (id === chainId ? client : undefined)
  return { decoded: await simulateProposalPayloads({ proposal, decoded, clientFor, blockNumbers: block === undefined ? {} : { [chainId]: BigInt(block) } }), clientFor }
}
