import Decimal from 'decimal.js'
import exposures from '../../../fixtures/systemic/ethereum-exposures.json' with { type: 'json' }
import { applyChangesToGraph } from '../../engine/contagion/applyChangesToGraph.ts'
import { contagionIndex } from '../../engine/contagion/contagionIndex.ts'
import type { ExposureGraph, Finding } from '../../model.ts'
import type { Check } from '../check.ts'
import { formatUsd } from '../format.ts'

// JSON imports widen string unions (node kinds) to string; the fixture's shape is pinned by contagion.test.ts.
export const defaultExposureGraph = exposures as unknown as ExposureGraph

/** Rise in the USD that other protocols lose when the asset fails, above which the change deserves a closer look. */
export const contagionCautionUsd = '10000000'

/**
 * A change that moves how much a market accepts of another protocol's token (a collateral factor on an LST,
 * collateral switched off) moves how far that token's failure spreads. For every collateral edge the change
 * moves, the contagion index of the held token before and after: the USD lost elsewhere, DebtRank, the path.
 */
export const contagion: Check = {
  name: 'contagion',
  run: ({ changes, stateBefore }) => {
    const graph = stateBefore.exposureGraph ?? defaultExposureGraph
    const { graph: after, moved } = applyChangesToGraph(graph, changes)
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]))
    return moved.map(({ holder, held, symbol, before: factorBefore, after: factorAfter }): Finding => {
      const was = contagionIndex({ graph, node: held })
      const now = contagionIndex({ graph: after, node: held })
      const rise = new Decimal(now.spreadLossUsd).minus(was.spreadLossUsd)
      const heldName = names.get(held) ?? held
      const holderName = names.get(holder) ?? holder
      // the spread through the market whose factor moves, the longest such path
      const through = now.reached.filter((reach) => reach.path.includes(holderName)).sort((a, b) => b.path.length - a.path.length || b.lossUsd - a.lossUsd)[0]
      const path = through ? through.path.join(' → ') : now.path
      return {
        check: 'contagion',
        severity: rise.gte(contagionCautionUsd) ? 'warning' : 'info',
        title: `${rise.gte(0) ? 'Raises' : 'Lowers'} what a failure of ${heldName} costs other protocols: ${formatUsd(was.spreadLossUsd)} → ${formatUsd(now.spreadLossUsd)}`,
        why: `${holderName} would accept ${symbol ?? heldName} at ${new Decimal(factorAfter).times(100)} % instead of ${new Decimal(factorBefore).times(100)} %. If ${heldName} failed, the loss would spread ${path || `no further than ${heldName}`} (DebtRank ${new Decimal(was.debtRank).toDecimalPlaces(4)} → ${new Decimal(now.debtRank).toDecimalPlaces(4)}, Bardoscia et al. 2015; longest path: ${now.path || 'none'}; exposure graph ${graph.id}).`,
        metric: { name: `loss spread by a ${heldName} failure`, before: new Decimal(was.spreadLossUsd).toDecimalPlaces(0).toString(), after: new Decimal(now.spreadLossUsd).toDecimalPlaces(0).toString(), unit: 'USD' },
      }
    })
  },
}
