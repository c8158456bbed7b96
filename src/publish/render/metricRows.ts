import type { StressAggregate } from '../../model.ts'
import { formatPercent, formatUsd } from '../../verdict/format.ts'

export type MetricRow = { label: string; before: string; after: string }

/** The key metrics, before → after, formatted the same way on every surface (page, terminal, chat). */
export function metricRows({ before, after }: { before: StressAggregate; after: StressAggregate }): MetricRow[] {
  const usd = (label: string, key: keyof StressAggregate) => ({ label, before: formatUsd(before[key] ?? 0), after: formatUsd(after[key] ?? 0) })
  return [
    usd('Expected bad debt', 'expectedBadDebtUsd'),
    usd('Bad debt VaR 95 %', 'var95Usd'),
    usd('Bad debt VaR 99 %', 'var99Usd'),
    usd('Expected shortfall 99 %', 'es99Usd'),
    usd('Worst scenario', 'maxBadDebtUsd'),
    usd('Liquidated (mean)', 'liquidatedUsd'),
    { label: 'Probability of insolvency', before: formatPercent(before.probabilityOfInsolvency), after: formatPercent(after.probabilityOfInsolvency) },
  ]
}
