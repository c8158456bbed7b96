import { createChainClient } from '../protocols/chain/createChainClient.ts'
import { readRpcUrls } from '../protocols/chain/readRpcUrls.ts'
import type { Env } from '../env.ts'
import { listWatchedDaos } from '../store/sources/listWatchedDaos.ts'
import { readCursor } from '../store/sources/readCursor.ts'
import { takeUnfinishedProposals } from '../store/sources/takeUnfinishedProposals.ts'
import { writeCursor } from '../store/sources/writeCursor.ts'
import { pollChainSource } from './chain/pollChainSource.ts'
import { fetchDiscourseTopics } from './discourse/fetchDiscourseTopics.ts'
import { proposalFromDiscoursePost } from './discourse/proposalFromDiscoursePost.ts'
import { enqueueProposal } from './queue/enqueueProposal.ts'
import { fetchSnapshotProposals } from './snapshot/fetchSnapshotProposals.ts'
import { proposalFromSnapshot } from './snapshot/proposalFromSnapshot.ts'
import { onChainKinds, type WatchedDao } from './watchedDao.ts'

export type PollSourcesOptions = {
  /** For HTTP sources (Snapshot, Discourse); the global fetch by default. */
  fetch?: typeof globalThis.fetch
  /** getLogs ranges per source per poll (a source behind catches up over several crons). */
  maxRangesPerPoll?: number
  /** One RPC or HTTP request's timeout. */
  rpcTimeoutMs?: number
  /** One source's budget: every request it makes is aborted after this, however many it has left. */
  sourceBudgetMs?: number
  /** The whole poll's budget: sources not started by then wait for the next cron. */
  pollBudgetMs?: number
}

export type SourcePollReport = {
  source: string
  /** Proposals recorded for the first time (or in a new version) and queued or stored. */
  new: number
  duplicates: number
  cursor?: number
  reorg?: boolean
  skipped?: string
  error?: string
}

export type PollSourcesReturnType = { sources: SourcePollReport[]; requeued: number }

export const DEFAULT_SNAPSHOT_GRAPHQL_URL = 'https://hub.snapshot.org/graphql'

function rpcUrls(env: Env): Record<string, string[]> {
  try {
    return readRpcUrls(env.RPC_URLS)
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error} No chain is polled.`)
    return {}
  }
}

/**
 * The cron's time budget: a request times out after 5 s (retried once), a source is cut off after 15 s, four
 * sources are polled at a time, and none starts after 30 s — so hanging RPCs or forums hold a cron for 45 s at
 * most, and one hanging source delays the others by nothing (it only takes one of the four lanes).
 */
export const pollDefaults = { rpcTimeoutMs: 5_000, sourceBudgetMs: 15_000, pollBudgetMs: 30_000, concurrency: 4 }

type PollOneOptions = Required<Omit<PollSourcesOptions, 'sourceBudgetMs' | 'pollBudgetMs'>> & { signal: AbortSignal }

async function pollOne(env: Env, dao: WatchedDao, options: PollOneOptions, urls: Record<string, string[]>): Promise<SourcePollReport> {
  const report: SourcePollReport = { source: dao.id, new: 0, duplicates: 0 }
  const count = (outcome: string) => (outcome === 'duplicate' || outcome === 'stale' ? report.duplicates++ : report.new++)
  if (onChainKinds.includes(dao.kind)) {
    const chainUrls = urls[String(dao.chainId)]
    if (!chainUrls) return { ...report, skipped: `no RPC URL for chain ${dao.chainId} in RPC_URLS` }
    const client = createChainClient({ rpcUrls: chainUrls, timeoutMs: options.rpcTimeoutMs, retryCount: 1, signal: options.signal })
    const result = await pollChainSource({
      client,
      dao,
      cursor: await readCursor(env.DB, dao.id),
      confirmations: Number(env.CONFIRMATIONS ?? 12),
      maxBlockRange: Number(env.MAX_BLOCK_RANGE ?? 2000),
      maxRangesPerPoll: options.maxRangesPerPoll,
    })
    // Record every proposal before moving the cursor: a crash in between only means a rescan.
    for (const found of result.found)
      count(
        (
          await enqueueProposal(env, {
            proposal: found.proposal,
            via: 'poll',
            watchedDao: dao.id,
            revision: found.blockNumber,
            checkable: found.checkable,
            ...(found.checkable ? {} : { reason: 'payloads are checked from their PayloadCreated events' }),
          })
        ).outcome,
      )
    if (result.cursor) await writeCursor(env.DB, dao.id, result.cursor)
    return { ...report, cursor: result.cursor?.block, reorg: result.reorg, ...(result.error ? { error: result.error.message.split('\n')[0] } : {}) }
  }
  if (dao.kind === 'snapshot' && dao.snapshotSpace) {
    const proposals = await fetchSnapshotProposals({
      endpoint: env.SNAPSHOT_GRAPHQL_URL ?? DEFAULT_SNAPSHOT_GRAPHQL_URL,
      query: { space: dao.snapshotSpace },
      fetch: options.fetch,
      timeoutMs: options.rpcTimeoutMs,
      signal: options.signal,
    })
    for (const snapshot of proposals) {
      const { proposal, revision, checkable, reason } = proposalFromSnapshot(snapshot, dao)
      count((await enqueueProposal(env, { proposal, via: 'poll', watchedDao: dao.id, revision, checkable, reason })).outcome)
    }
    return report
  }
  if (dao.kind === 'discourse' && dao.forumUrl) {
    const forum = { ...dao, forumUrl: dao.forumUrl }
    for (const post of await fetchDiscourseTopics({ forumUrl: dao.forumUrl, category: dao.forumCategory, fetch: options.fetch, timeoutMs: options.rpcTimeoutMs, signal: options.signal })) {
      const found = proposalFromDiscoursePost(post, forum)
      if (found) count((await enqueueProposal(env, { proposal: found.proposal, via: 'poll', watchedDao: dao.id, revision: found.revision, checkable: found.checkable, reason: found.reason })).outcome)
    }
    return report
  }
  return { ...report, skipped: `${dao.kind} source without its address, space or forum URL` }
}

/**
 * The cron: polls every enabled watched source (governors and payloads controllers by getLogs from their
 * cursors, Snapshot spaces and forums by HTTP), queues what is new, and queues again any proposal stuck
 * in seen/checking. One source failing never stops the others; its error is in the report. Bounded in time
 * (pollDefaults): a source that hangs is cut off, and what it found before is kept.
 */
export async function pollSources(
  env: Env,
  { fetch = globalThis.fetch, maxRangesPerPoll = 5, rpcTimeoutMs = pollDefaults.rpcTimeoutMs, sourceBudgetMs = pollDefaults.sourceBudgetMs, pollBudgetMs = pollDefaults.pollBudgetMs }: PollSourcesOptions = {},
): Promise<PollSourcesReturnType> {
  const urls = rpcUrls(env)
  const started = Date.now()
  const waiting = (await listWatchedDaos(env.DB)).filter((dao) => dao.enabled)
  const reports = new Map<string, SourcePollReport>()
  const lane = async () => {
    for (let dao = waiting.shift(); dao; dao = waiting.shift()) {
      if (Date.now() - started >= pollBudgetMs) {
        reports.set(dao.id, { source: dao.id, new: 0, duplicates: 0, skipped: `the poll's ${pollBudgetMs / 1000} s were spent; polled next cron` })
        continue
      }
      const signal = AbortSignal.timeout(sourceBudgetMs)
      let report: SourcePollReport
      try {
        report = await pollOne(env, dao, { fetch, maxRangesPerPoll, rpcTimeoutMs, signal }, urls)
      } catch (error) {
        report = { source: dao.id, new: 0, duplicates: 0, error: error instanceof Error ? error.message.split('\n')[0] : String(error) }
      }
      if (signal.aborted && report.error) report.error = `cut off after its ${sourceBudgetMs / 1000} s budget (${report.error})`
      reports.set(dao.id, report)
    }
  }
  const order = waiting.map((dao) => dao.id)
  await Promise.all(Array.from({ length: pollDefaults.concurrency }, lane))
  const sources = order.map((id) => reports.get(id) as SourcePollReport)
  const stuck = await takeUnfinishedProposals(env.DB)
  if (stuck.length) await env.CHECKS.sendBatch(stuck.map((body) => ({ body, contentType: 'json' as const })))
  for (const report of sources) if (report.error) console.error(`poll ${report.source}: ${report.error}`)
  return { sources, requeued: stuck.length }
}
