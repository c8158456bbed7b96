import { getAddress } from 'viem'
import type { PayloadOutcome } from '../protocols/aave/simulateProposalPayloads.ts'
import type { Address } from '../model.ts'

export type GetPayloadSimulationParameters = {
  chainId: number
  payload: Address
  executor: Address
  /** That block's result only; otherwise the newest stored after `since` (ISO time). */
  blockNumber?: bigint
  since?: string
}

/** A payload's stored simulation (see 0070_payload_simulations.sql), or null. */
export async function getPayloadSimulation(db: D1Database, { chainId, payload, executor, blockNumber, since = '' }: GetPayloadSimulationParameters): Promise<PayloadOutcome | null> {
  const where = 'chain_id = ?1 AND payload = ?2 AND executor = ?3'
  const statement =
    blockNumber === undefined
      ? db.prepare(`SELECT result FROM payload_simulations WHERE ${where} AND created_at >= ?4 ORDER BY created_at DESC, block_number DESC LIMIT 1`).bind(chainId, getAddress(payload), getAddress(executor), since)
      : db.prepare(`SELECT result FROM payload_simulations WHERE ${where} AND block_number = ?4`).bind(chainId, getAddress(payload), getAddress(executor), Number(blockNumber))
  const row = await statement.first<{ result: string }>()
  return row ? (JSON.parse(row.result) as PayloadOutcome) : null
}
