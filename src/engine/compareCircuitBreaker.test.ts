import { expect, test } from 'vitest'
import { randomMarket } from '../../test/support/randomMarket.ts'
import { compareCircuitBreaker } from './compareCircuitBreaker.ts'
import { defaultScenarioSet } from './defaultScenarioSet.ts'

test('default: a breaker that trips on 10 % steps pauses the crash steps and changes bad debt', async () => {
  const state = randomMarket({ seed: 5, positions: 300, liquidityScale: 0.02 })
  const scenarioSet = await defaultScenarioSet({ state, seed: 5, monteCarloScenarios: 20 })
  const comparison = await compareCircuitBreaker({ state, scenarioSet, circuitBreaker: { volatilityThreshold: 0.1 } })
  expect(comparison.pausedSteps).toBeGreaterThan(0)
  expect(comparison.changes.map((change) => change.metric)).toContain('var99Usd')
  expect(comparison.with.expectedBadDebtUsd).not.toBe(comparison.without.expectedBadDebtUsd)
  const never = await compareCircuitBreaker({ state, scenarioSet, circuitBreaker: { volatilityThreshold: 10 } })
  expect(never.pausedSteps).toBe(0)
  expect(never.with).toEqual(never.without)
})
