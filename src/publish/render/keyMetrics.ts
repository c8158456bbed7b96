import type { StressAggregate, Verdict } from '../../model.ts'
import { formatFraction } from './formatFraction.ts'
import { formatUsd } from './formatUsd.ts'

export type KeyMetric = { name: string; before: string; after: string; worse: boolean }
export type KeyMetricsReturnType = KeyMetric[]

const metrics: { name: string; key: keyof StressAggregate; format: (value: number) => string }[] = [
  { name: 'Bad-debt VaR 99%', key: 'var99Usd', format: formatUsd },
  { name: 'Bad-debt VaR 95%', key: 'var95Usd', format: formatUsd },
  { name: 'Expected shortfall 99%', key: 'es99Usd', format: formatUsd },
  { name: 'Expected bad debt', key: 'expectedBadDebtUsd', format: formatUsd },
  { name: 'Probability of insolvency', key: 'probabilityOfInsolvency', format: formatFraction },
  { name: 'Liquidated volume', key: 'liquidatedUsd', format: formatUsd },
]

/**
 * The verdict's key stress metrics, before → after, formatted for people; the same rows feed
 * the Discord embed, the forum post and the verdict page.
 */
export function keyMetrics(verdict: Verdict): KeyMetricsReturnType {
  const { before, after } = verdict.metrics
  return metrics.map(({ name, key, format }) => ({
    name,
    before: format(before[key]),
    after: format(after[key]),
    worse: after[key] > before[key],
  }))
}
