import { InputError } from '../../errors.ts'
import type { ExposureGraph } from '../../model.ts'
import { debtRank } from './debtRank.ts'
import { eisenbergNoe } from './eisenbergNoe.ts'
import { exposureMatrices, type ExposureMatricesReturnType } from './exposureMatrices.ts'

export type ContagionIndexParameters = {
  graph: ExposureGraph
  /** The node that fails (a market, an LST that depegs, a bridge that is drained). */
  node: string
  /** Its relative loss, in (0, 1]: 1 = total failure, 0.1 = a 10 % depeg. */
  shock?: number
  /** Rogers & Veraart (2013) default costs for the clearing view; 1 = none (Eisenberg & Noe 2001). */
  alpha?: number
  beta?: number
  /** The graph's matrices when already built (one build serves every node of a report). */
  matrices?: ExposureMatricesReturnType
}

export type ContagionReach = { id: string; name: string; distress: number; lossUsd: number; path: string[] }

export type ContagionIndexReturnType = {
  node: string
  shock: number
  /** Linear DebtRank (Bardoscia et al. 2015): share of the graph's value lost through propagation. */
  debtRank: number
  /** Single-hit DebtRank (Battiston et al. 2012, edges capped at min(1, Λ)), a lower bound on the same. */
  debtRankSingleHit: number
  /** USD lost by other nodes (Σ size_i · h_i over the nodes reached, linear DebtRank). */
  spreadLossUsd: number
  /** Nodes reached, largest loss first, each with the path the loss took. */
  reached: ContagionReach[]
  /** The longest path the loss took (ties: the larger loss), in words: "stETH → Aave v3 Ethereum → GHO"; empty when nothing is reached. */
  path: string
  /** Eisenberg–Noe clearing: what the other nodes leave unpaid after the failure, and which cannot pay their holders in full. */
  clearing: { shortfallUsd: number; defaults: string[] }
}

/**
 * How much one node's failure spreads through the exposure graph: DebtRank in both variants, the USD loss it
 * causes elsewhere, the path of the spread, and the Eisenberg–Noe/Rogers–Veraart clearing shortfall.
 *
 * @example
 * contagionIndex({ graph, node: 'steth' }).path // "stETH → Aave v3 Ethereum → GHO"
 */
export function contagionIndex({ graph, node, shock = 1, alpha = 1, beta = 1, matrices = exposureMatrices(graph) }: ContagionIndexParameters): ContagionIndexReturnType {
  if (!(shock > 0 && shock <= 1)) throw new InputError('shock must lie in (0, 1]')
  const origin = matrices.ids.indexOf(node)
  if (origin === -1) throw new InputError(`no node ${node} in exposure graph ${graph.id}`)
  const initial = matrices.ids.map((_, i) => (i === origin ? shock : 0))
  const linear = debtRank({ network: matrices.network, shock: initial, weights: matrices.sizeUsd, variant: 'linear' })
  const singleHit = debtRank({ network: matrices.network, shock: initial, weights: matrices.sizeUsd, variant: 'single-hit' })

  const pathOf = (i: number): string[] => {
    const names: string[] = []
    for (let at = i, hops = 0; at !== -1 && hops <= matrices.ids.length; at = linear.reachedFrom[at], hops++) names.unshift(matrices.names[at])
    return names
  }
  const reached = linear.distress
    .map((distress, i) => ({ i, distress }))
    .filter(({ i, distress }) => i !== origin && distress > 0)
    .map(({ i, distress }) => ({ id: matrices.ids[i], name: matrices.names[i], distress, lossUsd: distress * matrices.sizeUsd[i], path: pathOf(i) }))
    .sort((a, b) => b.lossUsd - a.lossUsd)
  const deepest = reached.reduce<ContagionReach | undefined>(
    (best, reach) => (!best || reach.path.length > best.path.length || (reach.path.length === best.path.length && reach.lossUsd > best.lossUsd) ? reach : best),
    undefined,
  )

  // The failing node loses `shock` of everything it holds: of its outside assets, and of its claims on other nodes,
  // which pass to an outsider (a bridge's locked tokens to the thief): the debtor still owes them, now outside.
  const externalAssets = matrices.externalAssets.map((assets, i) => (i === origin ? assets * (1 - shock) : assets))
  const externalLiabilities = matrices.externalLiabilities.slice()
  const liabilities = matrices.liabilities.map((row, j) =>
    row.map((owed, i) => {
      if (i !== origin) return owed
      externalLiabilities[j] += owed * shock
      return owed * (1 - shock)
    }),
  )
  const cleared = eisenbergNoe({ liabilities, externalAssets, externalLiabilities, alpha, beta })
  return {
    node,
    shock,
    debtRank: linear.debtRank,
    debtRankSingleHit: singleHit.debtRank,
    spreadLossUsd: reached.reduce((sum, reach) => sum + reach.lossUsd, 0),
    reached,
    path: deepest ? deepest.path.join(' → ') : '',
    clearing: {
      shortfallUsd: cleared.shortfall.reduce((sum, unpaid, i) => (i === origin ? sum : sum + unpaid), 0),
      defaults: cleared.defaulted.flatMap((d, i) => (d && i !== origin ? [matrices.names[i]] : [])),
    },
  }
}
