export type SourceCursor = { block: number; blockHash: string }

/** The last confirmed block an on-chain source was read to, and that block's hash; null before the first poll. */
export async function readCursor(db: D1Database, sourceId: string): Promise<SourceCursor | null> {
  const row = await db.prepare('SELECT block, block_hash FROM source_cursors WHERE source_id = ?').bind(sourceId).first<{ block: number; block_hash: string }>()
  return row ? { block: row.block, blockHash: row.block_hash } : null
}
