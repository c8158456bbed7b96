import type { PublicClient } from 'viem'
import type { Env } from '../env.ts'
import type { ExposureGraph } from '../model.ts'
import { createChainClient } from '../protocols/chain/createChainClient.ts'
import { readExposureGraph, type ReadExposureGraphReturnType, type WatchedMarket } from '../protocols/chain/readExposureGraph.ts'
import { readRpcUrls } from '../protocols/chain/readRpcUrls.ts'
import { loadMarketState } from '../protocols/loadMarketState.ts'
import { getLatestSnapshot } from '../store/getLatestSnapshot.ts'
import { parseMarkets } from '../store/refreshSnapshots.ts'
import { defaultExposureGraph } from '../verdict/checks/contagion.ts'

// The report needs a market's totals and parameters, not its borrowers: one log request, no positions.
const noBorrowers = { maxRequests: 1, maxCandidates: 0, maxPositions: 0 }

/**
 * The exposure graph the weekly report reads: the fixture graph (fixtures/systemic/ethereum-exposures.json) with every
 * figure read from chains where RPC_URLS has them — a market from its stored snapshot while it is fresh
 * (SNAPSHOT_MAX_AGE_MINUTES), else from its chain — and the markets of SNAPSHOT_MARKETS added. Without RPC_URLS it is
 * the fixture as it stands.
 */
export async function currentExposureGraph(env: Pick<Env, 'DB' | 'RPC_URLS' | 'SNAPSHOT_MARKETS' | 'SNAPSHOT_MAX_AGE_MINUTES'>, now: Date, template: ExposureGraph = defaultExposureGraph): Promise<ReadExposureGraphReturnType> {
  const rpcUrls = readRpcUrls(env.RPC_URLS)
  const clients: Record<number, PublicClient> = Object.fromEntries(Object.entries(rpcUrls).map(([chainId, urls]) => [Number(chainId), createChainClient({ rpcUrls: urls })]))
  const watched: WatchedMarket[] = parseMarkets(env.SNAPSHOT_MARKETS).map(({ protocol, chainId, market }) => ({ protocol, chainId, market }))
  const maxAgeMs = Number(env.SNAPSHOT_MAX_AGE_MINUTES ?? 60) * 60_000
  const result = await readExposureGraph({
    template,
    clients,
    watched,
    marketState: async ({ protocol, chainId, market }) => {
      const stored = await getLatestSnapshot(env.DB, { chainId, market })
      if (stored && now.getTime() - Date.parse(stored.createdAt) < maxAgeMs) return stored.state
      const client = clients[chainId]
      return client ? loadMarketState({ protocol, client, market, borrowers: noBorrowers }) : undefined
    },
  })
  for (const { node, reason } of result.skipped) console.error(`[systemic] ${node} kept its template figures: ${reason}`)
  return result
}
