import { expect, test } from 'vitest'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import type { StressAggregate, StressReport } from '../../model.ts'
import { DEFAULT_POLICY } from '../policy.ts'
import { liquidationDynamics } from './liquidationDynamics.ts'

const aggregate: StressAggregate = { scenarios: 10, expectedBadDebtUsd: 0, maxBadDebtUsd: 0, var95Usd: 0, var99Usd: 0, es95Usd: 0, es99Usd: 0, liquidatedUsd: 0, probabilityOfInsolvency: 0, liquidationsAtRisk95Usd: 1_000_000, friction: 0.01, cascadeAmplification: 1.1, failedLiquidations: 0 }
const report = (changes: Partial<StressAggregate>): StressReport => ({ engineVersion: 'test', scenarioSetHash: 'h', seed: 1, stateHash: 's', results: [], aggregate: { ...aggregate, ...changes } })
const state = tinyMarket({ positions: [] })

test('default: says which liquidation metric moved and by how much', () => {
  const findings = liquidationDynamics.run({ changes: [], unknown: [], unapplied: [], standIn: false, stateBefore: state, stateAfter: state, policy: DEFAULT_POLICY, before: report({}), after: report({ friction: 0.04, cascadeAmplification: 1.35 }) })
  expect(findings.map((finding) => finding.title)).toEqual(['Cascade amplification 1.1 → 1.35', 'Liquidation friction 1 % → 4 %'])
  expect(findings.every((finding) => finding.severity === 'info')).toBe(true)
})

test('behavior: nothing when nothing moved visibly', () => {
  const after = report({ cascadeAmplification: 1.1000001 })
  expect(liquidationDynamics.run({ changes: [], unknown: [], unapplied: [], standIn: false, stateBefore: state, stateAfter: state, policy: DEFAULT_POLICY, before: report({}), after })).toEqual([])
})
