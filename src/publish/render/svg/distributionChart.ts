import type { ScenarioResult, StressAggregate } from '../../../model.ts'
import { formatUsd } from '../../../verdict/format.ts'
import { chartFrame } from './chartFrame.ts'
import { chartColors } from './colors.ts'

export type DistributionChartParameters = {
  scenarios: { before: ScenarioResult[]; after: ScenarioResult[] }
  /** Aggregates over every scenario run: where the VaR lines go. */
  metrics: { before: StressAggregate; after: StressAggregate }
}

const binCount = 20

/**
 * How bad debt is distributed across scenarios, before and after: a histogram (share of
 * scenarios per bad-debt band) with the 95 % and 99 % VaR of each side marked.
 */
export function distributionChart({ scenarios, metrics }: DistributionChartParameters): string {
  const maxBadDebt = Math.max(1, ...[...scenarios.before, ...scenarios.after].map((result) => result.badDebtUsd))
  const binWidth = maxBadDebt / binCount
  const shares = (results: ScenarioResult[]) => {
    const counts = new Array<number>(binCount).fill(0)
    for (const result of results) counts[Math.min(binCount - 1, Math.floor(result.badDebtUsd / binWidth))]++
    return counts.map((count) => count / Math.max(1, results.length))
  }
  const sides = { before: shares(scenarios.before), after: shares(scenarios.after) }
  const maxShare = Math.max(...sides.before, ...sides.after)
  return chartFrame({
    title: 'Distribution of bad debt across scenarios, with VaR 95% and 99% marked',
    xLabel: 'Bad debt (USD)',
    yLabel: 'Share of scenarios',
    x: { min: 0, max: maxBadDebt, format: formatUsd },
    y: { min: 0, max: maxShare, format: (value) => `${Math.round(value * 100)}%` },
    legend: [
      { label: 'before', color: chartColors.before },
      { label: 'after', color: chartColors.after },
      { label: 'VaR 99% / 95% (dashed)', color: chartColors.muted },
    ],
    plot: (scale) => {
      const bars = (['before', 'after'] as const)
        .map((side, sideIndex) =>
          sides[side]
            .map((share, bin) => {
              const x0 = scale.x(bin * binWidth)
              const x1 = scale.x((bin + 1) * binWidth)
              const barWidth = Math.max(0.5, (x1 - x0) / 2 - 0.5)
              const x = x0 + sideIndex * (barWidth + 0.5)
              return share === 0
                ? ''
                : `<rect x="${x.toFixed(1)}" y="${scale.y(share)}" width="${barWidth.toFixed(1)}" height="${(scale.bottom - scale.y(share)).toFixed(1)}" fill="${chartColors[side]}" fill-opacity="0.75"/>`
            })
            .join(''),
        )
        .join('')
      const marks = (['before', 'after'] as const)
        .map((side) => {
          const aggregate = metrics[side]
          return [
            { value: aggregate.var99Usd, dashed: false, label: `VaR 99% ${side} ${formatUsd(aggregate.var99Usd)}` },
            { value: aggregate.var95Usd, dashed: true, label: '' },
          ]
            .map(({ value, dashed, label }) => {
              const x = scale.x(Math.min(value, maxBadDebt))
              const y = side === 'after' ? scale.top + 12 : scale.top + 26
              return (
                `<line class="var-${side}" x1="${x}" x2="${x}" y1="${scale.top}" y2="${scale.bottom}" stroke="${chartColors[side]}" stroke-width="1.5"${dashed ? ' stroke-dasharray="4 3"' : ''}/>` +
                (label
                  ? `<text x="${x < (scale.left + scale.right) / 2 ? x + 4 : x - 4}" y="${y}" text-anchor="${x < (scale.left + scale.right) / 2 ? 'start' : 'end'}" fill="${chartColors[side]}">${label}</text>`
                  : '')
              )
            })
            .join('')
        })
        .join('')
      return bars + marks
    },
  })
}
