import type { MarketState } from '../model.ts'

/**
 * Stores a market state read from a chain. The content hash is the key: storing the same state again only
 * refreshes `created_at`, so an unchanged market does not grow the table.
 */
export async function saveSnapshot(db: D1Database, state: MarketState, createdAt: string = new Date().toISOString()): Promise<void> {
  const { contentHash, block, timestamp } = state.provenance
  if (!contentHash || block === undefined) throw new Error('saveSnapshot: a snapshot needs provenance.contentHash and provenance.block')
  await db
    .prepare(
      `INSERT INTO market_snapshots (content_hash, protocol, chain_id, market, block, block_timestamp, state, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
       ON CONFLICT (content_hash) DO UPDATE SET created_at = excluded.created_at`,
    )
    .bind(contentHash, state.protocol, state.chainId, state.market, block, timestamp, JSON.stringify(state), createdAt)
    .run()
}
