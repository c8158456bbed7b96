import type { Address, ProtocolFamily } from '../../model.ts'
import { defaultWatchedDaos } from '../../sources/defaultWatchedDaos.ts'
import type { WatchedDao, WatchedSourceKind } from '../../sources/watchedDao.ts'
import { putWatchedDao } from './putWatchedDao.ts'

type Row = {
  id: string
  name: string
  kind: WatchedSourceKind
  chain_id: number
  address: string | null
  protocol: ProtocolFamily
  market: string | null
  snapshot_space: string | null
  forum_url: string | null
  forum_category: string | null
  discord_channel: string | null
  start_block: number | null
  enabled: number
}

/**
 * The watch list. The first time it is read it is filled with the default Aave and Compound sources;
 * after that it holds exactly what operators left in it (removing every source leaves it empty).
 */
export async function listWatchedDaos(db: D1Database): Promise<WatchedDao[]> {
  const seeded = await db.prepare("INSERT OR IGNORE INTO source_meta (key, value) VALUES ('watched_daos_seeded', ?)").bind(new Date().toISOString()).run()
  if (seeded.meta.changes > 0) for (const dao of defaultWatchedDaos) await putWatchedDao(db, dao)
  const { results } = await db.prepare('SELECT * FROM watched_daos ORDER BY id').all<Row>()
  return results.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    chainId: row.chain_id,
    address: row.address as Address | null,
    protocol: row.protocol,
    market: row.market as Address | null,
    snapshotSpace: row.snapshot_space,
    forumUrl: row.forum_url,
    forumCategory: row.forum_category,
    discordChannel: row.discord_channel,
    startBlock: row.start_block,
    enabled: row.enabled === 1,
  }))
}
