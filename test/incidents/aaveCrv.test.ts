import { expect, test } from 'vitest'
import crv from '../../fixtures/incidents/aave-v2-crv-nov-2022.json' with { type: 'json' }
import { runCheck } from '../../src/check.ts'
import { canonicalHash, stressMarket } from '../../src/engine/index.ts'
import type { MarketState, Scenario } from '../../src/model.ts'
import { CALM_NETWORK } from '../../src/engine/defaultScenarioSet.ts'

// JSON imports widen string unions; the fixture's shape is what this test pins.
const state = crv.state as unknown as MarketState
const rise = Number(crv.squeeze.to) / Number(crv.squeeze.from)

test('behavior: the Aave v2 CRV position leaves bad debt on the observed CRV squeeze', async () => {
  const scenarios: Scenario[] = [{ id: 'crv-squeeze-2022-11', kind: 'historical', label: 'CRV ×1.83 (22 → 26 Nov 2022)', paths: { CRV: [rise] }, network: CALM_NETWORK }]
  const report = await stressMarket({ state, scenarioSet: { id: 'crv', hash: await canonicalHash(scenarios), seed: 1, scenarios } })
  // debt 92M CRV × $0.7547 = $69.4M against $63M of USDC: at least $6.4M cannot be covered (an instantaneous move
  // overstates the $1.6M observed, which partial liquidations on the way up kept smaller)
  expect(report.results[0].badDebtUsd).toBeGreaterThan(92_000_000 * Number(crv.squeeze.to) - 63_000_000 - 1)
})

test('behavior: re-enabling uncapped CRV borrowing is not passed: the squeeze shows in the numbers and the uncapped short is flagged', async () => {
  const verdict = await runCheck({
    proposal: { source: 'fixture', chainId: 1, id: crv.incident.id, title: crv.replayedChange, actions: [] },
    changes: [{ protocol: 'aave-v2', chainId: 1, market: state.market, asset: state.assets[0].address, symbol: 'CRV', param: 'borrowingEnabled', before: 'false', after: 'true', action: 0 }],
    state,
    seed: 1,
    createdAt: '2026-01-01T00:00:00Z',
  })
  // The full engine's scenarios move prices both ways, so the squeeze shows in the numbers before and after…
  expect(verdict.metrics.before.maxBadDebtUsd).toBeGreaterThan(1_000_000)
  expect(verdict.metrics.after.maxBadDebtUsd).toBe(verdict.metrics.before.maxBadDebtUsd)
  // …but the engine does not model the new borrowing the change allows; the uncapped-borrowing check names it.
  expect(verdict.findings.find((finding) => finding.check === 'uncapped-borrowing')?.title).toBe('CRV borrowable with no borrow cap')
  expect(verdict.level).toBe('CAUTION')
})
