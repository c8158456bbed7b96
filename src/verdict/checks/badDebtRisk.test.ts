import { expect, test } from 'vitest'
import type { StressAggregate, StressReport } from '../../model.ts'
import { DEFAULT_POLICY } from '../policy.ts'
import { badDebtRisk } from './badDebtRisk.ts'

const aggregate = (var99Usd: number): StressAggregate => ({
  scenarios: 1037,
  expectedBadDebtUsd: 0,
  maxBadDebtUsd: var99Usd,
  var95Usd: 0,
  var99Usd,
  es95Usd: 0,
  es99Usd: 0,
  liquidatedUsd: 0,
  probabilityOfInsolvency: 0,
})
const report = (var99Usd: number) => ({ aggregate: aggregate(var99Usd), results: [] }) as unknown as StressReport

function varFinding(before: number, after: number) {
  const findings = badDebtRisk.run({ before: report(before), after: report(after), policy: DEFAULT_POLICY } as Parameters<typeof badDebtRisk.run>[0])
  return findings[0]
}

test('default: a rise within the policy says the rise is what is bounded', () => {
  const finding = varFinding(4_155_176, 4_205_176)
  expect(finding.severity).toBe('info')
  expect(finding.title).toBe('Bad debt at 99 % VaR $4.16M → $4.21M (+$50k)')
  expect(finding.why).toBe('Across 1,037 scenarios the 99 % VaR of bad debt rises by $50k, from $4.16M to $4.21M: the change keeps the rise in 99 % VaR under the policy\'s $100k.')
})

test('behavior: the sentence never claims the VaR itself is within the bound when the number beside it is not', () => {
  // VaR falls from $4.16M to $3.52M: both far above $100k, so "keeps the VaR within $100k" would contradict them.
  for (const [before, after] of [
    [4_155_176, 3_516_299],
    [4_155_176, 4_155_176],
    [4_155_176, 4_200_000],
  ]) {
    const { why } = varFinding(before, after)
    expect(why).not.toMatch(/keeps the 99 % VaR of bad debt within/)
    expect(why).toMatch(/rise/)
  }
  expect(varFinding(4_155_176, 3_516_299).why).toContain('falls by $639k, from $4.16M to $3.52M. The policy bounds only its rise')
})

test('behavior: above each bound the finding says which bound it passed', () => {
  expect(varFinding(1_000_000, 1_250_000)).toMatchObject({ severity: 'warning', why: expect.stringContaining('more than the $100k rise the policy asks a closer look at') })
  expect(varFinding(1_000_000, 3_000_000)).toMatchObject({ severity: 'critical', why: expect.stringContaining('beyond the $1M rise at which the policy fails a change') })
})
