import type { Log, PublicClient } from 'viem'
import type { SourceCursor } from '../../store/sources/readCursor.ts'
import type { WatchedDao } from '../watchedDao.ts'
import { describeAavePayloads } from './describeAavePayloads.ts'
import { aavePayloadCreated, aaveProposalCreated, governorProposalCreated } from './events.ts'
import { proposalFromLog, type ProposalFromLogReturnType } from './proposalFromLog.ts'

export type PollChainSourceParameters = {
  client: Pick<PublicClient, 'getBlockNumber' | 'getBlock' | 'getLogs' | 'readContract'>
  dao: WatchedDao
  cursor: SourceCursor | null
  /** Blocks behind the head that are read: a reorg shallower than this never reaches Firebreak. */
  confirmations: number
  /** Largest getLogs range (most RPCs cap it: 10k blocks, some 2k or 500). */
  maxBlockRange: number
  /** Ranges per poll; a source far behind (downtime) catches up over several polls. */
  maxRangesPerPoll: number
}

export type FoundProposal = ProposalFromLogReturnType & { blockNumber: number; transactionHash: string | null; logIndex: number | null }

export type PollChainSourceReturnType = {
  found: FoundProposal[]
  /** Undecodable logs at the watched address (reported, never fatal). */
  skipped: { blockNumber: number; reason: string }[]
  /** Where the next poll starts; equal to the input when nothing was confirmed since. */
  cursor: SourceCursor | null
  /** The stored cursor's block hash no longer matches the chain: blocks were rescanned from `cursor.block − confirmations`. */
  reorg: boolean
  /** Set when a request failed part way: `cursor` is the last range read completely. */
  error?: Error
}

const eventOf = { 'governor': governorProposalCreated, 'governor-bravo': governorProposalCreated, 'aave-governance-v3': aaveProposalCreated, 'aave-payloads-controller': aavePayloadCreated } as const

/**
 * Reads one on-chain source's proposal events from its cursor up to the head minus `confirmations`, in
 * bounded ranges. Before reading it checks that the cursor's block is still canonical; if not (a reorg
 * deeper than the confirmation depth), it steps back `confirmations` blocks and reads them again —
 * rescans are harmless because recordProposal is idempotent. Without a cursor it starts at the DAO's
 * `startBlock`, or at the confirmed head.
 */
export async function pollChainSource({ client, dao, cursor, confirmations, maxBlockRange, maxRangesPerPoll }: PollChainSourceParameters): Promise<PollChainSourceReturnType> {
  if (!dao.address || !(dao.kind in eventOf)) throw new Error(`${dao.id}: not an on-chain source with an address`)
  const event = eventOf[dao.kind as keyof typeof eventOf]
  const found: FoundProposal[] = []
  const skipped: PollChainSourceReturnType['skipped'] = []
  let reorg = false
  let from: bigint
  let last = cursor
  try {
    const head = await client.getBlockNumber()
    const confirmed = head - BigInt(confirmations)
    if (cursor) {
      const block = await client.getBlock({ blockNumber: BigInt(cursor.block) }).catch(() => null)
      reorg = block?.hash !== cursor.blockHash
      from = reorg ? BigInt(Math.max(0, cursor.block - confirmations)) : BigInt(cursor.block + 1)
    } else from = dao.startBlock === null ? (confirmed > 0n ? confirmed : 0n) : BigInt(dao.startBlock)
    for (let range = 0; range < maxRangesPerPoll && from <= confirmed; range++) {
      const to = from + BigInt(maxBlockRange - 1) < confirmed ? from + BigInt(maxBlockRange - 1) : confirmed
      const logs: Log[] = await client.getLogs({ address: dao.address, event, fromBlock: from, toBlock: to, strict: false })
      for (const log of logs) {
        const blockNumber = Number(log.blockNumber)
        try {
          const decoded = proposalFromLog({ kind: dao.kind, chainId: dao.chainId, log })
          if (dao.kind === 'aave-governance-v3') {
            const payloads = await describeAavePayloads({ client, governance: dao.address, proposalId: BigInt(decoded.proposal.id) }).catch((error: Error) => [
              `(getProposal failed: ${error.message.split('\n')[0]})`,
            ])
            decoded.proposal.body = `${decoded.proposal.body}\n\nPayloads:\n${payloads.map((line) => `- ${line}`).join('\n')}`
          }
          found.push({ ...decoded, blockNumber, transactionHash: log.transactionHash, logIndex: log.logIndex })
        } catch (error) {
          skipped.push({ blockNumber, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) })
        }
      }
      const toBlock = await client.getBlock({ blockNumber: to })
      last = { block: Number(to), blockHash: toBlock.hash }
      from = to + 1n
    }
    return { found, skipped, cursor: last, reorg }
  } catch (error) {
    return { found, skipped, cursor: last, reorg, error: error instanceof Error ? error : new Error(String(error)) }
  }
}
