import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { getPlatformProxy } from 'wrangler'
import { type AaveV3Deployment, deployAaveV3 } from '../../test/chain/deployAaveV3.ts'
import { localClients } from '../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../test/chain/startHardhat.ts'
import { getLatestSnapshot } from './getLatestSnapshot.ts'
import { refreshSnapshots } from './refreshSnapshots.ts'

// A real D1 (wrangler's platform proxy: the D1 of wrangler.toml, as `wrangler dev` runs it, in memory) and a real Aave v3 pool on hardhat, both local.
let chain: LocalChain
let aave: AaveV3Deployment
let dispose: (() => Promise<void>) | undefined
let db: D1Database

beforeAll(async () => {
  chain = await startHardhat()
  aave = await deployAaveV3(localClients(chain.url))
  const platform = await getPlatformProxy<{ DB: D1Database }>({ configPath: 'wrangler.toml', persist: false })
  dispose = platform.dispose
  db = platform.env.DB
  const migrations = fileURLToPath(new URL('./migrations/', import.meta.url))
  for (const file of readdirSync(migrations).sort()) {
    const sql = readFileSync(migrations + file, 'utf8').replace(/--.*$/gm, '')
    await db.batch(sql.split(';').filter((statement) => statement.trim()).map((statement) => db.prepare(statement)))
  }
})
afterAll(async () => {
  await dispose?.()
  await chain?.stop()
})

const env = () => ({
  DB: db,
  SNAPSHOT_MARKETS: JSON.stringify([
    { protocol: 'aave-v3', chainId: 31337, market: aave.pool },
    // No Comptroller lives at this address: the market fails and the other is still stored.
    { protocol: 'compound-v2', chainId: 31337, market: aave.reserves.USDC.asset },
    { protocol: 'comet', chainId: 1, market: '0xc3d688B66703497DAA19211EEdff47f25384cdc3' },
  ]),
  RPC_URLS: JSON.stringify({ '31337': ['http://127.0.0.1:9/', chain.url] }),
  SNAPSHOT_MAX_AGE_MINUTES: '60',
})

test('default: the cron reads each configured market and keeps it in D1; failures are reported, not fatal', async () => {
  const results = await refreshSnapshots(env(), new Date('2026-11-25T12:00:00Z'))
  expect(results.map((result) => result.status)).toEqual(['stored', 'failed', 'failed'])
  expect(results[1]).toMatchObject({ status: 'failed', error: expect.stringContaining('is not a Compound v2 Comptroller: getAllMarkets() failed') })
  expect(results[2]).toMatchObject({ status: 'failed', error: 'RPC_URLS has no URL for chain 1' })
  const latest = await getLatestSnapshot(db, { chainId: 31337, market: aave.pool })
  expect(latest?.createdAt).toBe('2026-11-25T12:00:00.000Z')
  expect(latest?.state.provenance).toMatchObject({ generated: false, contentHash: results[0].status === 'stored' ? results[0].contentHash : 'none' })
  expect(latest?.state.positions).toHaveLength(3)
})

test('behavior: a snapshot younger than SNAPSHOT_MAX_AGE_MINUTES is kept, an older one is read again', async () => {
  const fresh = await refreshSnapshots(env(), new Date('2026-11-25T12:30:00Z'))
  expect(fresh[0]).toMatchObject({ status: 'fresh' })
  const stale = await refreshSnapshots(env(), new Date('2026-11-25T13:30:00Z'))
  expect(stale[0]).toMatchObject({ status: 'stored' })
  expect((await getLatestSnapshot(db, { chainId: 31337, market: aave.pool }))?.createdAt).toBe('2026-11-25T13:30:00.000Z')
})

test('errors: a malformed SNAPSHOT_MARKETS is refused with the field named', async () => {
  await expect(refreshSnapshots({ ...env(), SNAPSHOT_MARKETS: JSON.stringify([{ protocol: 'maker', chainId: 1, market: aave.pool }]) })).rejects.toThrow(
    /SNAPSHOT_MARKETS\[0\]\.protocol must be one of aave-v3, compound-v2, comet/,
  )
})
