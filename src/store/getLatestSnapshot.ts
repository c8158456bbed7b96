import { getAddress } from 'viem'
import type { Address, MarketState } from '../model.ts'

export type LatestSnapshot = { state: MarketState; createdAt: string }

/** The most recently stored state of a market, or null when none is stored. */
export async function getLatestSnapshot(db: D1Database, { chainId, market }: { chainId: number; market: Address }): Promise<LatestSnapshot | null> {
  const row = await db
    .prepare('SELECT state, created_at FROM market_snapshots WHERE chain_id = ?1 AND market = ?2 ORDER BY created_at DESC LIMIT 1')
    .bind(chainId, getAddress(market))
    .first<{ state: string; created_at: string }>()
  return row ? { state: JSON.parse(row.state) as MarketState, createdAt: row.created_at } : null
}
