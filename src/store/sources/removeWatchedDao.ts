/** Stops watching a source; its cursor goes too, so adding it again starts from its start block. Returns whether it existed. */
export async function removeWatchedDao(db: D1Database, id: string): Promise<boolean> {
  const [removed] = await db.batch([db.prepare('DELETE FROM watched_daos WHERE id = ?').bind(id), db.prepare('DELETE FROM source_cursors WHERE source_id = ?').bind(id)])
  return removed.meta.changes > 0
}
