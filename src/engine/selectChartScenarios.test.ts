import { expect, test } from 'vitest'
import { randomMarket } from '../../test/support/randomMarket.ts'
import { defaultScenarioSet } from './defaultScenarioSet.ts'
import { selectChartScenarios } from './selectChartScenarios.ts'
import { stressMarket } from './stressMarket.ts'

test('default: every stress scenario and the worst Monte Carlo tail, the same ids before and after', async () => {
  const state = randomMarket({ seed: 2, positions: 100, liquidityScale: 0.02 })
  const scenarioSet = await defaultScenarioSet({ state, seed: 2, monteCarloScenarios: 50 })
  const report = await stressMarket({ state, scenarioSet })
  const chart = selectChartScenarios({ scenarioSet, before: report, after: report, tail: 5 })
  const stress = scenarioSet.scenarios.filter((scenario) => scenario.kind !== 'monte-carlo').length
  expect(chart.after).toHaveLength(stress + 5)
  expect(chart.before.map((result) => result.scenario)).toEqual(chart.after.map((result) => result.scenario))
  const keptMonteCarlo = chart.after.filter((result) => result.scenario.startsWith('mc-')).map((result) => result.badDebtUsd)
  const dropped = report.results.filter((result) => result.scenario.startsWith('mc-') && !chart.after.includes(result))
  for (const result of dropped) expect(result.badDebtUsd).toBeLessThanOrEqual(Math.min(...keptMonteCarlo))
})
