import type { ExposureGraph, ParameterChange } from '../../model.ts'

export type ApplyChangesToGraphReturnType = {
  graph: ExposureGraph
  /** Collateral edges whose factor moved, as `holder → held`, with the factor before and after. */
  moved: { holder: string; held: string; symbol?: string; before: string; after: string }[]
}

/**
 * The exposure graph after a proposal: a collateral factor change on an asset of a market moves the at-risk
 * exposure of that market's collateral edge (amount × factor); disabling collateral sets the factor to 0.
 * A change is matched to an edge by the holder node's market address and the edge's asset address or symbol.
 */
export function applyChangesToGraph(graph: ExposureGraph, changes: ParameterChange[]): ApplyChangesToGraphReturnType {
  const moved: ApplyChangesToGraphReturnType['moved'] = []
  const marketOf = new Map(graph.nodes.map((node) => [node.id, node.market?.toLowerCase()]))
  const edges = graph.edges.map((edge) => {
    if (edge.kind !== 'collateral') return edge
    const change = [...changes].reverse().find(
      (candidate) =>
        (candidate.param === 'collateralFactor' || (candidate.param === 'collateralEnabled' && candidate.after === 'false')) &&
        candidate.market.toLowerCase() === marketOf.get(edge.holder) &&
        ((candidate.asset && edge.asset && candidate.asset.toLowerCase() === edge.asset.toLowerCase()) ||
          (candidate.symbol && edge.symbol && candidate.symbol.toLowerCase() === edge.symbol.toLowerCase())),
    )
    if (!change) return edge
    const after = change.param === 'collateralEnabled' ? '0' : change.after
    moved.push({ holder: edge.holder, held: edge.held, ...(edge.symbol ? { symbol: edge.symbol } : {}), before: edge.collateralFactor ?? '0', after })
    return { ...edge, collateralFactor: after }
  })
  return { graph: { ...graph, edges }, moved }
}
