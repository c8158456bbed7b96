import { getAddress } from 'viem'
import type { PayloadOutcome } from '../protocols/aave/simulateProposalPayloads.ts'

/** Stores a payload's simulation under (chain, payload, executor, block); storing it again only refreshes created_at. */
export async function savePayloadSimulation(db: D1Database, outcome: PayloadOutcome, createdAt: string = new Date().toISOString()): Promise<void> {
  await db
    .prepare(
      `INSERT INTO payload_simulations (chain_id, payload, executor, block_number, result, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (chain_id, payload, executor, block_number) DO UPDATE SET result = excluded.result, created_at = excluded.created_at`,
    )
    .bind(outcome.chainId, getAddress(outcome.payload), getAddress(outcome.executor), Number(outcome.blockNumber), JSON.stringify(outcome), createdAt)
    .run()
}
