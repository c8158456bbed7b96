import { env } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { listWatchedDaos } from '../store/sources/listWatchedDaos.ts'
import { putWatchedDao } from '../store/sources/putWatchedDao.ts'
import { pollSources } from './pollSources.ts'
import type { WatchedDao } from './watchedDao.ts'

const hanging = env.TEST_HANGING_URL
const dao = (id: string, fields: Partial<WatchedDao>): WatchedDao => ({
  id,
  name: id,
  kind: 'governor',
  chainId: 1,
  address: null,
  protocol: 'compound-v2',
  market: null,
  snapshotSpace: null,
  forumUrl: null,
  forumCategory: null,
  discordChannel: null,
  startBlock: null,
  enabled: true,
  ...fields,
})

test('errors: an RPC, a Snapshot hub and a forum that never answer are cut off by their budgets; the poll ends in bounded time', async () => {
  for (const watched of await listWatchedDaos(env.DB)) await putWatchedDao(env.DB, { ...watched, enabled: false })
  await putWatchedDao(env.DB, dao('hanging-governor', { address: '0x0000000000000000000000000000000000000aaa' }))
  await putWatchedDao(env.DB, dao('hanging-snapshot', { kind: 'snapshot', snapshotSpace: 'hang.eth' }))
  await putWatchedDao(env.DB, dao('hanging-forum', { kind: 'discourse', forumUrl: hanging }))
  const hangingEnv = { ...env, RPC_URLS: JSON.stringify({ 1: hanging }), SNAPSHOT_GRAPHQL_URL: hanging }
  const started = Date.now()
  const report = await pollSources(hangingEnv, { rpcTimeoutMs: 400, sourceBudgetMs: 1_000, pollBudgetMs: 2_000 })
  const elapsed = Date.now() - started
  // Each source would otherwise wait for ever (the server never answers); all three ran at once, each cut off.
  expect(elapsed).toBeLessThan(2_500)
  expect(report.sources.map((source) => source.source).sort()).toEqual(['hanging-forum', 'hanging-governor', 'hanging-snapshot'])
  for (const source of report.sources) expect(source.error ?? '').toMatch(/^cut off after its 1 s budget|aborted due to timeout/)
})
