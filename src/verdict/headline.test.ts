import { expect, test } from 'vitest'
import type { Finding, StressAggregate } from '../model.ts'
import { headline } from './headline.ts'

const metrics = (var99Usd: number) => ({ var99Usd }) as StressAggregate
const steward: Finding = { check: 'steward-step', severity: 'warning', title: 'Larger than a steward step: WETH liquidation bonus 5 % → 3 %', why: '' }

test('default: the level, what drove it, and bad debt at 99 % VaR before → after', () => {
  expect(headline({ level: 'CAUTION', findings: [steward], decoded: { changes: [], unknown: [] }, metrics: { before: metrics(4_155_176), after: metrics(3_516_299) } })).toBe(
    'CAUTION: Larger than a steward step: WETH liquidation bonus 5 % → 3 %. Bad debt at 99 % VaR $4.16M → $3.52M.',
  )
})

test('behavior: a VaR finding is not repeated; undecoded actions are counted', () => {
  const varFinding: Finding = { check: 'bad-debt-risk', severity: 'critical', title: 'Bad debt at 99 % VaR $1M → $3M (+$2M)', why: '' }
  const decoded = { changes: [], unknown: [{ action: 1, target: '0x0000000000000000000000000000000000000001' as const, selector: null, reason: 'unknown' }] }
  expect(headline({ level: 'FAIL', findings: [varFinding], decoded, metrics: { before: metrics(1e6), after: metrics(3e6) } })).toBe(
    'FAIL: Bad debt at 99 % VaR $1M → $3M (+$2M) (0 changes decoded, 1 action not).',
  )
})
