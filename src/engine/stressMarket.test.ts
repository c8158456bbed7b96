import { expect, test } from 'vitest'
import { randomMarket } from '../../test/support/randomMarket.ts'
import { tinyMarket } from '../../test/support/tinyMarket.ts'
import type { ParameterChange } from '../model.ts'
import { applyChanges } from './applyChanges.ts'
import { defaultScenarioSet } from './defaultScenarioSet.ts'
import { stressMarket } from './stressMarket.ts'

// One borrower: 10 WETH ($20,000) against $15,000 USDC. HF = 20,000 × 0.825 / 15,000 = 1.1.
const borrower = { account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '15000' } }
const market = tinyMarket({ positions: [borrower] })

function change(param: ParameterChange['param'], after: string): ParameterChange {
  return { protocol: 'aave-v3', chainId: 1, market: market.market, asset: market.assets[0].address, symbol: 'WETH', param, after, action: 0 }
}

async function badDebtByShock(state = market) {
  const report = await stressMarket({ state, scenarioSet: await defaultScenarioSet({ state, seed: 1 }) })
  return Object.fromEntries(report.results.map((result) => [result.scenario, result.badDebtUsd]))
}

test('default: a shock that takes collateral below the debt makes bad debt', async () => {
  const badDebt = await badDebtByShock()
  expect(badDebt['shock-5']).toBe(0)
  // 30 % drop: WETH $1,400, collateral $14,000 < $15,000 of debt → all collateral goes for 14,000 / 1.05.
  expect(badDebt['shock-30']).toBeCloseTo(15_000 - 14_000 / 1.05, 6)
})

test('behavior: a higher liquidation bonus raises bad debt', async () => {
  const { state } = applyChanges(market, [change('liquidationBonus', '0.1')])
  const before = await badDebtByShock()
  const after = await badDebtByShock(state)
  expect(after['shock-30']).toBeCloseTo(15_000 - 14_000 / 1.1, 6)
  expect(after['shock-30']).toBeGreaterThan(before['shock-30'])
})

test('behavior: a lower liquidation bonus lowers bad debt', async () => {
  const { state } = applyChanges(market, [change('liquidationBonus', '0.02')])
  const before = await badDebtByShock()
  const after = await badDebtByShock(state)
  expect(after['shock-30']).toBeCloseTo(15_000 - 14_000 / 1.02, 6)
  expect(after['shock-30']).toBeLessThan(before['shock-30'])
})

test('behavior: the same state and seed give the same report', async () => {
  const scenarioSet = await defaultScenarioSet({ state: market, seed: 7 })
  expect(await stressMarket({ state: market, scenarioSet })).toEqual(await stressMarket({ state: market, scenarioSet }))
})

test('errors: a position in an asset the market does not list', async () => {
  const broken = tinyMarket({ positions: [{ account: '0x02', collateral: { WBTC: '1' }, debt: {} }] })
  await expect(stressMarket({ state: broken, scenarioSet: await defaultScenarioSet({ state: broken, seed: 1 }) })).rejects.toThrow(/WBTC/)
})

test('behavior: monotone on random markets — higher liquidation threshold, deeper shock, more liquidity', async () => {
  for (const seed of [1, 2, 3]) {
    const state = randomMarket({ seed, positions: 300, liquidityScale: 0.02 })
    const scenarioSet = await defaultScenarioSet({ state, seed, monteCarloScenarios: 50 })
    const report = await stressMarket({ state, scenarioSet })
    expect(report.aggregate.var99Usd).toBeGreaterThan(0)
    // A deeper shock never lowers bad debt (the shock grid is ordered by depth).
    const grid = report.results.filter((result) => result.scenario.startsWith('shock-')).map((result) => result.badDebtUsd)
    for (let i = 1; i < grid.length; i++) expect(grid[i]).toBeGreaterThanOrEqual(grid[i - 1] - 1e-6)
    // A higher liquidation threshold (or collateral factor, borrowers relevering) never lowers VaR.
    const weth = state.assets[0]
    const raise = (param: ParameterChange['param'], after: string) =>
      applyChanges(state, [{ protocol: 'aave-v3', chainId: 1, market: state.market, asset: weth.address, symbol: 'WETH', param, after, action: 0 }]).state
    for (const raised of [raise('liquidationThreshold', '0.88'), raise('collateralFactor', '0.83')]) {
      const after = await stressMarket({ state: raised, scenarioSet })
      expect(after.aggregate.var99Usd).toBeGreaterThanOrEqual(report.aggregate.var99Usd - 1e-6)
      expect(after.aggregate.var95Usd).toBeGreaterThanOrEqual(report.aggregate.var95Usd - 1e-6)
    }
    // More liquidity never raises expected bad debt.
    const deeper = await stressMarket({ state: randomMarket({ seed, positions: 300, liquidityScale: 0.2 }), scenarioSet })
    expect(deeper.aggregate.expectedBadDebtUsd).toBeLessThanOrEqual(report.aggregate.expectedBadDebtUsd + 1e-6)
  }
})
