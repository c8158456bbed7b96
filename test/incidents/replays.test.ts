import { expect, test } from 'vitest'
import compoundDai from '../../fixtures/incidents/compound-dai-coinbase-nov-2020.json' with { type: 'json' }
import compound117 from '../../fixtures/incidents/compound-v2-prop-117-oracle.json' with { type: 'json' }
import inverse from '../../fixtures/incidents/inverse-finance-inv-oracle-apr-2022.json' with { type: 'json' }
import mango from '../../fixtures/incidents/mango-markets-oct-2022.json' with { type: 'json' }
import venus from '../../fixtures/incidents/venus-luna-may-2022.json' with { type: 'json' }
import { runCheck } from '../../src/check.ts'
import type { MarketState, ParameterChange } from '../../src/model.ts'

// Each replay: the market before the change, built from the incident's public figures (what is generated or derived
// is listed in the fixture and in fixtures/incidents/README.md), the change, and the verdict Firebreak must give.
type Replay = {
  incident: { id: string; loss: string }
  replayedChange: string
  changes: ParameterChange[]
  state: MarketState
  expected: { level: string; finding: string }
}
// JSON imports widen string unions; the replays' shape is what these tests pin.
const replays = [compound117, venus, inverse, mango, compoundDai] as unknown as Replay[]

for (const replay of replays) {
  test(`behavior: ${replay.incident.id} — Firebreak would not have passed it`, async () => {
    const verdict = await runCheck({
      proposal: { source: 'fixture', chainId: replay.state.chainId, id: replay.incident.id, title: replay.replayedChange, actions: [] },
      changes: replay.changes,
      state: replay.state,
      seed: 1,
      createdAt: '2026-01-01T00:00:00Z',
    })
    expect(verdict.level).toBe(replay.expected.level)
    const critical = verdict.findings.filter((finding) => finding.severity === 'critical')
    expect(critical.some((finding) => new RegExp(replay.expected.finding).test(finding.title))).toBe(true)
  })
}

test('behavior: the same markets with a safe source pass the oracle check (the replays fail for the reason named)', async () => {
  // Inverse: the same TWAP over a pool 1,000× deeper no longer pays to manipulate.
  const deep = structuredClone(inverse) as unknown as Replay
  const oracle = deep.state.oracles![deep.changes[0].after.toLowerCase()]
  oracle.pool!.quoteReserveUsd = String(Number(oracle.pool!.quoteReserveUsd) * 1000)
  const verdict = await runCheck({ proposal: { source: 'fixture', chainId: 1, id: 'deep', title: 'deep pool', actions: [] }, changes: deep.changes, state: deep.state, seed: 1, createdAt: '2026-01-01T00:00:00Z' })
  expect(verdict.findings.filter((finding) => finding.check === 'oracle-change' && finding.severity === 'critical')).toEqual([])
})
