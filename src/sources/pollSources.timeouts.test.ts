import { env } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { listWatchedDaos } from '../store/sources/listWatchedDaos.ts'
import { putWatchedDao } from '../store/sources/putWatchedDao.ts'
import { pollSources } from './pollSources.ts'

const hanging = env.TEST_HANGING_URL

test('errors: an RPC, a Snapshot hub and a forum that never answer are cut off by their budgets; the poll ends in bounded time', async () => {
  // Watch only three sources, like the default Compound governor, Aave Snapshot space and Aave forum, but all on the hanging server.
  const defaults = new Map((await listWatchedDaos(env.DB)).map((dao) => [dao.id, dao]))
  for (const dao of defaults.values()) await putWatchedDao(env.DB, { ...dao, enabled: false })
  const copy = (id: string, fields: object) => putWatchedDao(env.DB, { ...defaults.get(id)!, id: `hanging-${id}`, enabled: true, ...fields })
  await copy('compound-governor-bravo', {})
  await copy('aave-snapshot', {})
  await copy('aave-forum', { forumUrl: hanging })
  const hangingEnv = { ...env, RPC_URLS: JSON.stringify({ 1: hanging }), SNAPSHOT_GRAPHQL_URL: hanging }
  const started = Date.now()
  const report = await pollSources(hangingEnv, { rpcTimeoutMs: 400, sourceBudgetMs: 1_000, pollBudgetMs: 2_000 })
  // Each source would otherwise wait for ever (the server never answers); the three ran at once, each cut off.
  expect(Date.now() - started).toBeLessThan(2_500)
  expect(report.sources.map((source) => source.source).sort()).toEqual(['hanging-aave-forum', 'hanging-aave-snapshot', 'hanging-compound-governor-bravo'])
  for (const source of report.sources) expect(source.error ?? '').toMatch(/^cut off after its 1 s budget|aborted due to timeout/)
})
