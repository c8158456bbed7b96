import { expect, test } from 'vitest'
import { randomMarket } from '../../../test/support/randomMarket.ts'
import { applyChanges } from '../../engine/applyChanges.ts'
import { defaultScenarioSet, SHOCK_GRID } from '../../engine/defaultScenarioSet.ts'
import { stressMarket } from '../../engine/stressMarket.ts'
import { badDebtHistogram } from './badDebtHistogram.ts'
import { verdictCharts } from './verdictCharts.ts'

// A small generated market with thin liquidity, so shocks leave bad debt; a wiring test, not a calibration.
const state = randomMarket({ seed: 3, positions: 150, liquidityScale: 0.02 })
const scenarioSet = await defaultScenarioSet({ state, seed: 3, monteCarloScenarios: 60 })
const target = state.assets.find((asset) => asset.symbol === 'WETH') ?? state.assets[0]
const applied = applyChanges(state, [
  { protocol: 'aave-v3', chainId: 1, market: state.market, asset: target.address, symbol: target.symbol, param: 'liquidationBonus', before: target.liquidationBonus, after: '0.15', action: 0 },
])
const before = await stressMarket({ state, scenarioSet })
const after = await stressMarket({ state: applied.state, scenarioSet })
const charts = verdictCharts({ scenarioSet, state, before, after })

test('default: the shock axis is one named variable — the shock grid\'s drop, and the main collateral\'s fall in each window', () => {
  if (!charts) throw new Error('no charts')
  const mainCollateral = after.results.find((result) => result.cascadeAsset)?.cascadeAsset
  expect(charts.mainCollateral).toBe(mainCollateral)
  const grid = charts.shock.filter((point) => point.kind === 'shock')
  expect(grid.map((point) => point.drop)).toEqual([...SHOCK_GRID])
  const windows = scenarioSet.scenarios.filter((scenario) => scenario.kind === 'historical')
  expect(charts.shock.filter((point) => point.kind === 'historical').map((point) => point.scenario)).toEqual(windows.map((scenario) => scenario.id))
  for (const point of charts.shock) {
    expect(point.drop).toBeGreaterThanOrEqual(0)
    const index = scenarioSet.scenarios.findIndex((scenario) => scenario.id === point.scenario)
    expect(point.after).toBe(Math.round(after.results[index].badDebtUsd))
    if (point.kind === 'historical') expect(point.drop).toBeCloseTo(1 - Math.min(1, ...(scenarioSet.scenarios[index].paths[charts.mainCollateral] ?? [1])), 4)
  }
  // A deeper grid shock never leaves less bad debt on this market: the chart reads "bigger crash, more debt".
  for (let i = 1; i < grid.length; i++) expect(grid[i].after).toBeGreaterThanOrEqual(grid[i - 1].after)
})

test('behavior: the histogram counts every scenario run, not a sample, and agrees with the engine\'s VaR', () => {
  if (!charts) throw new Error('no charts')
  const { distribution } = charts
  for (const side of ['before', 'after'] as const) {
    const report = side === 'before' ? before : after
    expect(distribution[side].reduce((sum, count) => sum + count, distribution.none[side])).toBe(scenarioSet.scenarios.length)
    expect(distribution.none[side]).toBe(report.results.filter((result) => result.badDebtUsd < 1).length)
    // The 99 % VaR lies in the band where the count from the top first reaches 1 % of scenarios.
    const var99 = report.aggregate.var99Usd
    if (var99 >= 1) {
      const band = distribution.edgesUsd.findIndex((edge, index) => var99 >= edge && var99 < distribution.edgesUsd[index + 1])
      const worse = distribution[side].slice(band + 1).reduce((sum, count) => sum + count, 0)
      expect(worse).toBeLessThanOrEqual(0.01 * scenarioSet.scenarios.length)
    }
  }
  expect(Math.max(...before.results.map((result) => result.badDebtUsd))).toBeLessThan(distribution.edgesUsd[distribution.edgesUsd.length - 1])
})

test('behavior: the cascade is a multi-step scenario that moves the market, with its steps before and after', () => {
  const cascade = charts?.cascade
  if (!cascade) throw new Error('no cascade')
  expect(['historical', 'monte-carlo']).toContain(cascade.kind)
  expect(cascade.after.length).toBeGreaterThanOrEqual(2)
  expect(cascade.before.map((step) => step.step)).toEqual(cascade.after.map((step) => step.step))
  expect(cascade.startPrice).toBe(Number(state.assets.find((asset) => asset.symbol === charts?.mainCollateral)?.price))
  const index = scenarioSet.scenarios.findIndex((scenario) => scenario.id === cascade.scenario)
  const moved = (i: number) => Math.abs(after.results[i].badDebtUsd - before.results[i].badDebtUsd)
  if (cascade.selectedBy === 'change')
    for (const [i, scenario] of scenarioSet.scenarios.entries())
      if ((scenario.kind === 'historical' || scenario.kind === 'monte-carlo') && (after.results[i].cascade?.length ?? 0) >= 2) expect(moved(i)).toBeLessThanOrEqual(moved(index))
})

test('behavior: the figures stay a few kilobytes whatever the scenario count', () => {
  expect(JSON.stringify(charts).length).toBeLessThan(32_000)
})

test('behavior: bins are shared, $1–$1k then 1–3–10 steps, and weights count as the aggregates weigh them', () => {
  const histogram = badDebtHistogram({ before: [0, 0.5, 2_500, 40_000_000], after: [0, 900, 2_500, 40_000_000], weights: [1, 1, 1, 5] })
  expect(histogram.edgesUsd).toEqual([1, 1e3, 3e3, 1e4, 3e4, 1e5, 3e5, 1e6, 3e6, 1e7, 3e7, 1e8])
  // Weights scaled to the scenario count: 4 scenarios, the last weighing 5 of 8.
  expect(histogram.none).toEqual({ before: 1, after: 0.5 })
  expect(histogram.before[1]).toBe(0.5)
  expect(histogram.after[0]).toBe(0.5)
  expect(histogram.after[10]).toBe(2.5)
})
