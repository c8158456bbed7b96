import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { expect, inject, test } from 'vitest'
import type { Address } from '../model.ts'
import { listProposalStates } from '../store/sources/listProposalStates.ts'
import { listWatchedDaos } from '../store/sources/listWatchedDaos.ts'
import { putWatchedDao } from '../store/sources/putWatchedDao.ts'
import { readCursor } from '../store/sources/readCursor.ts'
import { removeWatchedDao } from '../store/sources/removeWatchedDao.ts'
import worker from '../worker.ts'
import type { WatchedDao } from './watchedDao.ts'

const governor: WatchedDao = {
  id: 'local-governor',
  name: 'Local OpenZeppelin Governor',
  kind: 'governor',
  chainId: 31337,
  address: inject('governorAddress') as Address,
  protocol: 'compound-v2',
  market: null,
  snapshotSpace: null,
  forumUrl: null,
  forumCategory: null,
  discordChannel: null,
  startBlock: 0,
  enabled: true,
}

async function watchOnly(dao: WatchedDao) {
  for (const watched of await listWatchedDaos(env.DB)) await removeWatchedDao(env.DB, watched.id)
  await putWatchedDao(env.DB, dao)
}

async function runCron(overrides: Partial<typeof env>) {
  const controller = createScheduledController({ scheduledTime: new Date('2026-11-25T15:30:00Z'), cron: '*/5 * * * *' })
  const context = createExecutionContext()
  await worker.scheduled(controller, { ...env, CONFIRMATIONS: '0', ...overrides }, context)
  await waitOnExecutionContext(context)
}

test('default: the cron finds the real Governor ProposalCreated, records it once, moves the cursor, and the queue posts it', async () => {
  await watchOnly(governor)
  await runCron({ RPC_URLS: JSON.stringify({ 31337: inject('rpcUrl') }) })
  const found = (await listProposalStates(env.DB)).filter((row) => row.watchedDao === 'local-governor')
  expect(found).toHaveLength(1)
  expect(found[0]).toMatchObject({ source: 'governor', chainId: 31337, title: 'Lower WETH collateral factor', via: 'poll' })
  const cursor = await readCursor(env.DB, 'local-governor')
  expect(cursor!.block).toBeGreaterThanOrEqual(inject('proposalBlock'))
  // An overlapping cron finds nothing new.
  await runCron({ RPC_URLS: JSON.stringify({ 31337: inject('rpcUrl') }) })
  expect((await listProposalStates(env.DB)).filter((row) => row.watchedDao === 'local-governor')).toHaveLength(1)
  // The CHECKS consumer (wrangler.toml: batches within 5 s) runs the check and marks it posted.
  let state = found[0].state
  for (let wait = 0; wait < 40 && state !== 'posted'; wait++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    state = (await listProposalStates(env.DB)).find((row) => row.key === found[0].key)!.state
  }
  expect(state).toBe('posted')
})

// A provider answering 503, not a refused port: workerd logs every refused connection as an uncaught "Network
// connection lost" even when the fetch's rejection is handled (cloudflare/workerd#4253), which would put two stack
// traces in a passing run. The cron's path is the same: the request fails, the error is caught and logged.
test('errors: a failing RPC leaves the cursor alone and still polls the other sources', async () => {
  await watchOnly({ ...governor, id: 'unreachable-governor' })
  await putWatchedDao(env.DB, { ...governor, id: 'other-chain-governor', chainId: 999 })
  await runCron({ RPC_URLS: JSON.stringify({ 31337: inject('failingRpcUrl') }) })
  expect(await readCursor(env.DB, 'unreachable-governor')).toBeNull()
  expect(await readCursor(env.DB, 'other-chain-governor')).toBeNull()
  expect((await listProposalStates(env.DB)).filter((row) => row.watchedDao === 'unreachable-governor')).toEqual([])
})
