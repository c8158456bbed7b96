import { getAddress, isAddress } from 'viem'
import type { Env } from '../env.ts'
import { InputError } from '../errors.ts'
import type { Address } from '../model.ts'
import { createChainClient } from '../protocols/chain/createChainClient.ts'
import { readRpcUrls } from '../protocols/chain/readRpcUrls.ts'
import type { LoadStateParameters } from '../protocols/chain/loadStateParameters.ts'
import { type ChainProtocol, chainProtocols, loadMarketState } from '../protocols/loadMarketState.ts'
import { getLatestSnapshot } from './getLatestSnapshot.ts'
import { saveSnapshot } from './saveSnapshot.ts'

export type SnapshotMarket = { protocol: ChainProtocol; chainId: number; market: Address; borrowers?: LoadStateParameters['borrowers'] }

export type SnapshotRefresh =
  | { market: Address; chainId: number; status: 'stored'; contentHash: string; block: number }
  | { market: Address; chainId: number; status: 'fresh'; contentHash: string | undefined }
  | { market: Address; chainId: number; status: 'failed'; error: string }

export type RefreshSnapshotsParameters = Pick<Env, 'DB' | 'SNAPSHOT_MARKETS' | 'RPC_URLS' | 'SNAPSHOT_MAX_AGE_MINUTES'>

// A Worker invocation has a budget of subrequests: the scheduled refresh reads fewer logs than the CLI.
const workerBorrowerBounds = { maxRequests: 20, maxCandidates: 500, maxPositions: 100 }

/** The whole refresh's time budget: it runs in the cron's waitUntil, which lasts 30 s after the handler. */
export const snapshotRefreshBudgetMs = 25_000

/** SNAPSHOT_MARKETS read and checked: the markets the cron keeps snapshots of (also the weekly report's watched markets). */
export function parseMarkets(text: string | undefined): SnapshotMarket[] {
  if (!text) return []
  const markets = JSON.parse(text) as unknown
  if (!Array.isArray(markets)) throw new InputError('SNAPSHOT_MARKETS must be a JSON array')
  return markets.map((entry: Partial<SnapshotMarket>, index) => {
    if (!entry.protocol || !(entry.protocol in chainProtocols)) throw new InputError(`SNAPSHOT_MARKETS[${index}].protocol must be one of ${Object.keys(chainProtocols).join(', ')}`)
    if (!Number.isInteger(entry.chainId)) throw new InputError(`SNAPSHOT_MARKETS[${index}].chainId must be an integer`)
    if (!entry.market || !isAddress(entry.market, { strict: false })) throw new InputError(`SNAPSHOT_MARKETS[${index}].market must be an address`)
    return { ...entry, protocol: entry.protocol, chainId: entry.chainId as number, market: getAddress(entry.market) }
  })
}

/**
 * The cron's snapshot refresh: for each market in SNAPSHOT_MARKETS whose latest stored snapshot is older than
 * SNAPSHOT_MAX_AGE_MINUTES, read it from the chain (RPC_URLS for its chain, in order) and store it in D1.
 * A market that fails is reported and left for the next run; it never stops the others. The refresh as a
 * whole stops calling out after `budgetMs`.
 */
export async function refreshSnapshots(env: RefreshSnapshotsParameters, now: Date = new Date(), { budgetMs = snapshotRefreshBudgetMs }: { budgetMs?: number } = {}): Promise<SnapshotRefresh[]> {
  const markets = parseMarkets(env.SNAPSHOT_MARKETS)
  // Every RPC request of the refresh is aborted once the budget is spent; the markets not read wait for the next cron.
  const signal = AbortSignal.timeout(budgetMs)
  const rpcUrls = readRpcUrls(env.RPC_URLS)
  const maxAgeMs = Number(env.SNAPSHOT_MAX_AGE_MINUTES ?? 60) * 60_000
  const results: SnapshotRefresh[] = []
  for (const { protocol, chainId, market, borrowers } of markets) {
    try {
      const latest = await getLatestSnapshot(env.DB, { chainId, market })
      if (latest && now.getTime() - Date.parse(latest.createdAt) < maxAgeMs) {
        results.push({ market, chainId, status: 'fresh', contentHash: latest.state.provenance.contentHash })
        continue
      }
      const urls = rpcUrls[String(chainId)]
      if (!urls?.length) throw new InputError(`RPC_URLS has no URL for chain ${chainId}`)
      const client = createChainClient({ rpcUrls: urls, signal })
      const state = await loadMarketState({ protocol, client, market, borrowers: { ...workerBorrowerBounds, ...borrowers } })
      if (state.chainId !== chainId) throw new InputError(`RPC_URLS for chain ${chainId} answered as chain ${state.chainId}`)
      await saveSnapshot(env.DB, state, now.toISOString())
      results.push({ market, chainId, status: 'stored', contentHash: state.provenance.contentHash!, block: state.provenance.block! })
    } catch (error) {
      const reason = error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error)
      console.error(`[snapshots] ${protocol} ${market} on chain ${chainId}: ${reason}`)
      results.push({ market, chainId, status: 'failed', error: reason })
    }
  }
  return results
}
