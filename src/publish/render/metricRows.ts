import type { StressAggregate } from '../../model.ts'
import { formatPercent, formatUsd } from '../../verdict/format.ts'

/** `worse` is true when the proposal makes the metric larger (every metric here is a loss or a risk). */
export type MetricRow = { label: string; before: string; after: string; worse: boolean }

/** The key metrics, before → after, formatted the same way on every surface (page, terminal, chat, forum). */
export function metricRows({ before, after }: { before: StressAggregate; after: StressAggregate }): MetricRow[] {
  const row = (label: string, key: keyof StressAggregate, format: (value: number) => string) => ({
    label,
    before: format(before[key] ?? 0),
    after: format(after[key] ?? 0),
    worse: (after[key] ?? 0) > (before[key] ?? 0),
  })
  return [
    row('Expected bad debt', 'expectedBadDebtUsd', formatUsd),
    row('Bad debt VaR 95 %', 'var95Usd', formatUsd),
    row('Bad debt VaR 99 %', 'var99Usd', formatUsd),
    row('Expected shortfall 99 %', 'es99Usd', formatUsd),
    row('Worst scenario', 'maxBadDebtUsd', formatUsd),
    row('Liquidated (mean)', 'liquidatedUsd', formatUsd),
    row('Probability of insolvency', 'probabilityOfInsolvency', formatPercent),
  ]
}
