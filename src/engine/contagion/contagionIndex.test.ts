import { expect, test } from 'vitest'
import type { ExposureGraph } from '../../model.ts'
import { applyChangesToGraph } from './applyChangesToGraph.ts'
import { contagionIndex } from './contagionIndex.ts'

// A small hand-made graph (not data): an LST accepted as collateral by a market whose deposits back a stablecoin,
// and an LST bridged to an L2 where a second market accepts it.
const market = '0x0000000000000000000000000000000000000001'
const lst = '0x00000000000000000000000000000000000000aa'
const graph: ExposureGraph = {
  id: 'test',
  asOf: '2026-11-25',
  source: 'hand-made for this test',
  nodes: [
    { id: 'lst', name: 'LST', kind: 'lst', chain: 'ethereum', sizeUsd: '1000', source: 'test' },
    { id: 'market', name: 'Market', kind: 'market', chain: 'ethereum', sizeUsd: '2000', market, source: 'test' },
    { id: 'stable', name: 'Stable', kind: 'stablecoin', chain: 'ethereum', sizeUsd: '500', source: 'test' },
    { id: 'bridge', name: 'Bridge', kind: 'bridge', chain: 'ethereum', sizeUsd: '300', source: 'test' },
    { id: 'lst-l2', name: 'LST (L2)', kind: 'lst', chain: 'l2', sizeUsd: '200', bridge: 'bridge', source: 'test' },
    { id: 'market-l2', name: 'Market (L2)', kind: 'market', chain: 'l2', sizeUsd: '400', source: 'test' },
  ],
  edges: [
    { holder: 'market', held: 'lst', kind: 'collateral', amountUsd: '500', collateralFactor: '0.8', asset: lst, symbol: 'LST', source: 'test' },
    { holder: 'stable', held: 'market', kind: 'backing', amountUsd: '250', source: 'test' },
    { holder: 'market-l2', held: 'lst-l2', kind: 'collateral', amountUsd: '100', collateralFactor: '0.5', source: 'test' },
  ],
}

test('default: an LST failure spreads LST → Market → Stable, with the loss worked by hand', () => {
  const result = contagionIndex({ graph, node: 'lst' })
  // Market: Λ = 500·.8/2000 = .2 → h = .2, loss 400; Stable: Λ = 250/500 = .5 → h = .1, loss 50.
  expect(result.path).toBe('LST → Market → Stable')
  expect(result.reached.map((reach) => [reach.id, Number(reach.lossUsd.toFixed(9))])).toEqual([
    ['market', 400],
    ['stable', 50],
  ])
  expect(result.spreadLossUsd).toBeCloseTo(450, 9)
  expect(result.debtRank).toBeCloseTo(450 / 4400, 12)
  // clearing: the LST pays nothing (1000 short); the market holds 1600 of the 2000 it owes (400 short) and pays
  // the stablecoin 250·.8 = 200, which then holds 450 of its 500 (50 short): 450 unpaid by the others, as DebtRank says.
  expect(result.clearing.shortfallUsd).toBeCloseTo(450, 6)
  expect(result.clearing.defaults).toEqual(['Market', 'Stable'])
})

test('behavior: raising the LST collateral factor raises the system exposure to its depeg', () => {
  const before = contagionIndex({ graph, node: 'lst', shock: 0.1 })
  const { graph: after, moved } = applyChangesToGraph(graph, [
    { protocol: 'aave-v3', chainId: 1, market, asset: lst, symbol: 'LST', param: 'collateralFactor', before: '0.8', after: '0.9', action: 0 },
  ])
  expect(moved).toEqual([{ holder: 'market', held: 'lst', symbol: 'LST', before: '0.8', after: '0.9' }])
  const raised = contagionIndex({ graph: after, node: 'lst', shock: 0.1 })
  // Market: .1 · 500·.9/2000 = .0225 → 45 USD (was 40)
  expect(raised.reached[0].lossUsd).toBeCloseTo(45, 9)
  expect(raised.debtRank).toBeGreaterThan(before.debtRank)
})

test('behavior: a bridge failure reaches the bridged token and every market that accepts it', () => {
  const result = contagionIndex({ graph, node: 'bridge' })
  expect(result.path).toBe('Bridge → LST (L2) → Market (L2)')
  expect(result.reached.find((reach) => reach.id === 'market-l2')?.lossUsd).toBeCloseTo(50, 9)
  // clearing: the bridge's 300 are lost; the bridged token's 200 claim on it goes unpaid (200 short), and the L2
  // market loses the 50 of debt that collateral backed (50 short)
  expect(result.clearing.shortfallUsd).toBeCloseTo(250, 6)
})

test('behavior: a drained node loses its claims on other nodes too (a bridge holding an LST)', () => {
  // the bridge holds 300 of the LST; draining it passes that claim to the thief, so its holders lose it all
  const holding: ExposureGraph = { ...graph, edges: [...graph.edges, { holder: 'bridge', held: 'lst', kind: 'deposit', amountUsd: '300', source: 'test' }] }
  const result = contagionIndex({ graph: holding, node: 'bridge' })
  // bridged token 200 short, L2 market 50 short; the LST itself still pays in full (to the thief)
  expect(result.clearing.shortfallUsd).toBeCloseTo(250, 6)
  expect(result.clearing.defaults).toEqual(['LST (L2)', 'Market (L2)'])
})

test('errors: an unknown node or an edge to nowhere is refused', () => {
  expect(() => contagionIndex({ graph, node: 'nope' })).toThrow(/no node nope/)
  expect(() => contagionIndex({ graph: { ...graph, edges: [{ holder: 'x', held: 'lst', kind: 'deposit', amountUsd: '1', source: 't' }] }, node: 'lst' })).toThrow(/x → lst/)
})
