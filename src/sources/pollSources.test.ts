import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, expect, test, vi } from 'vitest'
import { listProposalStates } from '../store/sources/listProposalStates.ts'
import { recordProposal } from '../store/sources/recordProposal.ts'
import worker from '../worker.ts'
import { pollSources } from './pollSources.ts'

afterEach(() => vi.restoreAllMocks())

const table = '| Asset | Current LTV | Recommended LTV |\n| --- | --- | --- |\n| USDC | 75% | 0% |'

/**
 * Answers the default watch list's HTTP sources as their documented APIs do: Snapshot's GraphQL
 * `proposals`, and Discourse's /latest.json, /t/{id}.json and /posts/{id}.json. Anything else fails.
 */
function answer(input: RequestInfo | URL, init?: RequestInit): Response {
  const url = new URL(String(input))
  if (url.host === 'hub.snapshot.org') {
    const { variables } = JSON.parse(String(init?.body)) as { variables: { space: string } }
    return Response.json({
      data: { proposals: [{ id: '0xsnap1', title: '[ARFC] USDC LTV to 0', body: table, link: null, network: '1', created: 1_700_000_000, updated: null, space: { id: variables.space } }] },
    })
  }
  if (url.host === 'governance.aave.com') {
    if (url.pathname === '/latest.json')
      return Response.json({ topic_list: { topics: [{ id: 501, title: '[ARFC] Risk Parameter Updates: USDC', slug: 'arfc-usdc' }, { id: 502, title: 'Community call notes', slug: 'notes' }] } })
    if (url.pathname === '/t/501.json') return Response.json({ post_stream: { posts: [{ id: 9001, post_number: 1 }] } })
    if (url.pathname === '/posts/9001.json') return Response.json({ raw: table, version: 1, post_number: 1 })
  }
  return new Response('not found', { status: 404 })
}

test('default: the cron reads the default Snapshot space and forums, records risk proposals once, and keeps going past a failing forum', async () => {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => answer(input, init))
  const controller = createScheduledController({ scheduledTime: new Date('2026-11-25T15:30:00Z'), cron: '*/5 * * * *' })
  const context = createExecutionContext()
  await worker.scheduled(controller, env)
  await waitOnExecutionContext(context)
  const rows = await listProposalStates(env.DB)
  expect(rows.map(({ source, id, title, checkable }) => ({ source, id, title, checkable })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
    { source: 'snapshot', id: '0xsnap1', title: '[ARFC] USDC LTV to 0', checkable: true },
    { source: 'discourse', id: '501', title: '[ARFC] Risk Parameter Updates: USDC', checkable: true },
  ])
  // The second cron: nothing new; comp.xyz answered 404 both times and is reported, not fatal; no RPC URLs, so chains are skipped.
  const report = await pollSources(env)
  expect(report.sources.find((source) => source.source === 'aave-snapshot')).toEqual({ source: 'aave-snapshot', new: 0, duplicates: 1 })
  expect(report.sources.find((source) => source.source === 'compound-forum')?.error).toMatch(/HTTP 404/)
  expect(report.sources.find((source) => source.source === 'aave-v3-ethereum-payloads')?.skipped).toMatch(/no RPC URL for chain 1/)
})

test('behavior: a proposal stuck in seen (its queue send was lost) is queued again by the cron', async () => {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => answer(input, init))
  const lost = { source: 'governor' as const, chainId: 1, governor: '0x0000000000000000000000000000000000000001', id: 'lost-send', title: 'Lost send', actions: [] }
  const { key } = await recordProposal(env.DB, { proposal: lost, via: 'poll', now: new Date('2026-01-01T00:00:00Z') })
  const report = await pollSources(env)
  expect(report.requeued).toBeGreaterThanOrEqual(1)
  const row = (await listProposalStates(env.DB)).find((state) => state.key === key)
  expect(row!.updatedAt > '2026-01-01T00:00:00.000Z').toBe(true)
})
