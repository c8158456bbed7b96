import { canonicalHash } from '../engine/canonicalHash.ts'
import { contagionIndex } from '../engine/contagion/contagionIndex.ts'
import { exposureMatrices } from '../engine/contagion/exposureMatrices.ts'
import { ENGINE_VERSION } from '../engine/version.ts'
import type { ExposureGraph, SystemicNodeIndex, SystemicReport } from '../model.ts'
import { formatUsd } from '../verdict/format.ts'

export type BuildSystemicReportParameters = {
  graph: ExposureGraph
  week: string
  /** Last week's report, for what changed. */
  previous?: SystemicReport
  reads?: SystemicReport['provenance']['reads']
  createdAt: string
}

/** How many of the largest losses the report spells out as paths. */
const LARGEST_PATHS = 3

/**
 * The weekly systemic-risk report over one exposure graph: for every node, what its failure costs the others — linear
 * and single-hit DebtRank, the USD spread, the Eisenberg–Noe clearing shortfall with the nodes that default, and the
 * longest path in words (engine/contagion/contagionIndex) — the largest paths, and what moved since last week.
 * Reproducible like a verdict: the same graph, week and engine version give the same numbers and id.
 *
 * @example
 * const report = await buildSystemicReport({ graph, week: '2026-W48', createdAt: new Date().toISOString() })
 */
export async function buildSystemicReport({ graph, week, previous, reads = [], createdAt }: BuildSystemicReportParameters): Promise<SystemicReport> {
  const matrices = exposureMatrices(graph)
  const reaches: { path: string[]; lossUsd: number; name: string }[] = []
  const nodes: SystemicNodeIndex[] = graph.nodes
    .map((node, i) => {
      const index = contagionIndex({ graph, node: node.id, matrices })
      reaches.push(...index.reached)
      return {
        id: node.id,
        name: node.name,
        kind: node.kind,
        chain: node.chain,
        sizeUsd: matrices.sizeUsd[i],
        debtRank: index.debtRank,
        debtRankSingleHit: index.debtRankSingleHit,
        spreadLossUsd: index.spreadLossUsd,
        clearingShortfallUsd: index.clearing.shortfallUsd,
        defaults: index.clearing.defaults,
        reached: index.reached.length,
        path: index.path,
      }
    })
    .sort((a, b) => b.spreadLossUsd - a.spreadLossUsd || (a.id < b.id ? -1 : 1))
  const graphHash = await canonicalHash(graph)
  const id = (await canonicalHash({ graphHash, engineVersion: ENGINE_VERSION, week })).slice(0, 16)
  // the losses that travel furthest in USD: a failure, the way it reaches a node, and what that node loses
  const largestPaths = reaches
    .sort((a, b) => b.lossUsd - a.lossUsd || b.path.length - a.path.length || (a.path.join() < b.path.join() ? -1 : 1))
    .slice(0, LARGEST_PATHS)
    .map((reach) => `${reach.path.join(' → ')}: ${formatUsd(reach.lossUsd)} lost by ${reach.name}`)
  const top = nodes[0]
  const changes = previous ? changesSince(previous, nodes, graphHash) : undefined
  const moved = changes?.nodes.filter((node) => node.spreadLossUsdAfter !== node.spreadLossUsdBefore).sort((a, b) => Math.abs(b.spreadLossUsdAfter - b.spreadLossUsdBefore) - Math.abs(a.spreadLossUsdAfter - a.spreadLossUsdBefore))[0]
  const headline =
    top && top.spreadLossUsd > 0
      ? `A failure of ${top.name} would cost other protocols ${formatUsd(top.spreadLossUsd)} (DebtRank ${top.debtRank.toFixed(4)}), the most of ${nodes.length} nodes` +
        (moved ? `; the largest move since ${changes?.previousWeek}: ${moved.name} ${formatUsd(moved.spreadLossUsdBefore)} → ${formatUsd(moved.spreadLossUsdAfter)}` : changes ? `; nothing moved since ${changes.previousWeek}` : '') +
        '.'
      : `No node's failure reaches another of the ${nodes.length} nodes.`
  return {
    id,
    week,
    headline,
    nodes,
    largestPaths,
    ...(changes ? { changes } : {}),
    graph,
    provenance: { graphHash, engineVersion: ENGINE_VERSION, reads, createdAt },
  }
}

function changesSince(previous: SystemicReport, nodes: SystemicNodeIndex[], graphHash: string): NonNullable<SystemicReport['changes']> {
  const before = new Map(previous.nodes.map((node) => [node.id, node]))
  const now = new Set(nodes.map((node) => node.id))
  return {
    previousWeek: previous.week,
    graphChanged: previous.provenance.graphHash !== graphHash,
    nodes: nodes.filter((node) => before.has(node.id)).map((node) => ({ id: node.id, name: node.name, spreadLossUsdBefore: before.get(node.id)?.spreadLossUsd ?? 0, spreadLossUsdAfter: node.spreadLossUsd })),
    added: nodes.filter((node) => !before.has(node.id)).map((node) => node.name),
    removed: previous.nodes.filter((node) => !now.has(node.id)).map((node) => node.name),
  }
}
