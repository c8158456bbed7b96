import type { SourceCursor } from './readCursor.ts'

/** Moves an on-chain source's cursor (forward after a poll, or back after a reorg). */
export async function writeCursor(db: D1Database, sourceId: string, cursor: SourceCursor, now = new Date()): Promise<void> {
  await db
    .prepare(
      `INSERT INTO source_cursors (source_id, block, block_hash, updated_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (source_id) DO UPDATE SET block = excluded.block, block_hash = excluded.block_hash, updated_at = excluded.updated_at`,
    )
    .bind(sourceId, cursor.block, cursor.blockHash, now.toISOString())
    .run()
}
