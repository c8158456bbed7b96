import { InputError } from '../../errors.ts'
import type { ExposureEdge, ExposureGraph } from '../../model.ts'
import { compileDebtRankNetwork, type DebtRankNetwork } from './compileDebtRankNetwork.ts'

export type ExposureMatricesReturnType = {
  ids: string[]
  names: string[]
  sizeUsd: number[]
  /** Λ_ij = at-risk exposure of i to j ÷ size of i (Bardoscia et al. 2015, eq. 4), for DebtRank. */
  leverage: number[][]
  /** Λ compiled for DebtRank (one per graph, shared by every node's scenario). */
  network: DebtRankNetwork
  /** L_ji = at-risk exposure of i to j: what j owes i inside the network (Eisenberg & Noe 2001), for clearing. */
  liabilities: number[][]
  /** What each node holds outside the network and owes outside it, so that assets = obligations = size. */
  externalAssets: number[]
  externalLiabilities: number[]
}

/**
 * The value an edge puts at risk: for collateral, the debt it can back (amount × collateral factor: if the
 * collateral becomes worthless that debt is unbacked); for backing, deposits and bridges, the whole amount.
 */
export function atRiskUsd(edge: Pick<ExposureEdge, 'kind' | 'amountUsd' | 'collateralFactor'>): number {
  const amount = Number(edge.amountUsd)
  return edge.kind === 'collateral' ? amount * Number(edge.collateralFactor ?? '0') : amount
}

/**
 * Every exposure of the graph: its edges, and for each bridged token without an edge to its bridge the dependency
 * its `bridge` states (the token's whole size).
 */
export function exposureEdges(graph: ExposureGraph): ExposureEdge[] {
  const implied: ExposureEdge[] = graph.nodes
    .filter((node) => node.bridge && !graph.edges.some((edge) => edge.holder === node.id && edge.held === node.bridge))
    .map((node) => ({ holder: node.id, held: node.bridge as string, kind: 'bridge', amountUsd: node.sizeUsd, source: node.source }))
  return [...graph.edges, ...implied]
}

/**
 * Turns an exposure graph into the matrices DebtRank and Eisenberg–Noe clearing read. A node with a `bridge`
 * depends on that bridge for its whole size even when no edge says so: a bridge's failure reaches every chain
 * its tokens live on.
 */
export function exposureMatrices(graph: ExposureGraph): ExposureMatricesReturnType {
  const ids = graph.nodes.map((node) => node.id)
  const index = new Map(ids.map((id, i) => [id, i]))
  const n = ids.length
  const sizeUsd = graph.nodes.map((node) => Number(node.sizeUsd))
  const leverage = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  const liabilities = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  for (const edge of exposureEdges(graph)) {
    const holder = index.get(edge.holder)
    const held = index.get(edge.held)
    if (holder === undefined || held === undefined) throw new InputError(`edge ${edge.holder} → ${edge.held} names a node the graph does not have`)
    const risk = atRiskUsd(edge)
    if (sizeUsd[holder] > 0) leverage[holder][held] += risk / sizeUsd[holder]
    liabilities[held][holder] += risk
  }
  const externalAssets = sizeUsd.map((size, i) => Math.max(0, size - liabilities.reduce((sum, row) => sum + row[i], 0)))
  const externalLiabilities = sizeUsd.map((size, i) => Math.max(0, size - liabilities[i].reduce((sum, owed) => sum + owed, 0)))
  return { ids, names: graph.nodes.map((node) => node.name), sizeUsd, leverage, network: compileDebtRankNetwork({ leverage }), liabilities, externalAssets, externalLiabilities }
}
