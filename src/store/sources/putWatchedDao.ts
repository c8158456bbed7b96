import type { WatchedDao } from '../../sources/watchedDao.ts'

/** Adds or replaces a watched DAO source (by id). */
export async function putWatchedDao(db: D1Database, dao: WatchedDao): Promise<void> {
  await db
    .prepare(
      `INSERT OR REPLACE INTO watched_daos (id, name, kind, chain_id, address, protocol, market, snapshot_space, forum_url, forum_category, discord_channel, start_block, enabled)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      dao.id,
      dao.name,
      dao.kind,
      dao.chainId,
      dao.address?.toLowerCase() ?? null,
      dao.protocol,
      dao.market,
      dao.snapshotSpace,
      dao.forumUrl?.replace(/\/+$/, '') ?? null,
      dao.forumCategory,
      dao.discordChannel,
      dao.startBlock,
      dao.enabled ? 1 : 0,
    )
    .run()
}
