import type { BadDebtHistogram, StressAggregate } from '../../../model.ts'
import { formatCount, formatUsd } from '../../../verdict/format.ts'
import { escapeHtml } from '../escapeHtml.ts'
import { chartFrame } from './chartFrame.ts'
import { BEFORE_DASH, chartColors } from './colors.ts'

export type DistributionChartParameters = {
  histogram: BadDebtHistogram
  /** Aggregates over every scenario run: where the VaR lines go. */
  metrics: { before: StressAggregate; after: StressAggregate }
}

/**
 * How bad debt is distributed over every scenario run, before and after: scenarios per band of bad debt (logarithmic
 * bands, drawn as outlines), the scenarios with none counted in a note, and the 95 % and 99 % VaR of each side marked.
 */
export function distributionChart({ histogram, metrics }: DistributionChartParameters): string {
  const { edgesUsd } = histogram
  const bins = edgesUsd.length - 1
  const decades = edgesUsd.flatMap((edge, index) => (/^10*$/.test(String(edge)) ? [index] : []))
  const maxCount = Math.max(1, ...histogram.before, ...histogram.after)
  const none = histogram.none
  const note =
    none.before === none.after
      ? `No bad debt: ${formatCount(none.after)} of ${formatCount(histogram.scenarios)}, before and after`
      : `No bad debt: ${formatCount(none.before)} → ${formatCount(none.after)} of ${formatCount(histogram.scenarios)}`
  return chartFrame({
    title: `Bad debt across all ${histogram.scenarios} scenarios, before and after the change, with VaR 95 % and 99 % marked`,
    x: { label: 'Bad debt in a scenario (USD, log scale)', min: 0, max: bins, ticks: decades, format: (index) => formatUsd(edgesUsd[index]) },
    legend: [
      { label: 'after the change', color: chartColors.after },
      { label: 'before', color: chartColors.before, dashed: true },
    ],
    panels: [
      {
        label: 'Scenarios',
        height: 190,
        note,
        y: { min: 0, max: maxCount, format: formatCount },
        plot: (scale) => {
          const outline = (side: 'before' | 'after') => {
            const counts = histogram[side]
            const points = [`M${scale.x(0)},${scale.bottom}`]
            counts.forEach((count, bin) => points.push(`L${scale.x(bin)},${scale.y(count)}`, `L${scale.x(bin + 1)},${scale.y(count)}`))
            points.push(`L${scale.x(bins)},${scale.bottom}`)
            const d = points.join(' ')
            return side === 'after'
              ? `<g class="series" data-series="scenarios by bad debt, after"><path d="${d} Z" fill="${chartColors.after}" fill-opacity="0.15" stroke="${chartColors.after}" stroke-width="2"/></g>`
              : `<g class="series" data-series="scenarios by bad debt, before"><path d="${d}" fill="none" stroke="${chartColors.before}" stroke-width="2" stroke-dasharray="${BEFORE_DASH}"/></g>`
          }
          const mark = (quantile: '95' | '99', row: number) => {
            const before = metrics.before[`var${quantile}Usd`]
            const after = metrics.after[`var${quantile}Usd`]
            const same = Math.round(before) === Math.round(after)
            const lines = same ? [{ value: after, color: chartColors.muted, label: `VaR ${quantile} %, before = after`, dashed: false }] : [
              { value: after, color: chartColors.after, label: `VaR ${quantile} %`, dashed: false },
              { value: before, color: chartColors.before, label: `VaR ${quantile} %`, dashed: true },
            ]
            return lines
              .filter((line) => line.value >= edgesUsd[0])
              .map((line, index) => {
                const x = scale.x(binPosition(edgesUsd, line.value))
                const y = scale.top + 40 + (row * 2 + index) * 18
                const toRight = x < (scale.left + scale.right) / 2
                return (
                  `<line class="var" x1="${x}" x2="${x}" y1="${scale.top}" y2="${scale.bottom}" stroke="${line.color}" stroke-width="1.5"${line.dashed ? ` stroke-dasharray="${BEFORE_DASH}"` : ''}><title>${escapeHtml(`${line.label} ${formatUsd(line.value)}`)}</title></line>` +
                  `<text x="${toRight ? x + 4 : x - 4}" y="${y}" text-anchor="${toRight ? 'start' : 'end'}" fill="${line.color}">${escapeHtml(line.label)}</text>`
                )
              })
              .join('')
          }
          return outline('after') + outline('before') + mark('99', 0) + mark('95', 1)
        },
      },
    ],
  })
}

/** Where a loss sits on the band axis: its band's index plus how far into the band it is, in log terms. */
function binPosition(edges: number[], value: number): number {
  let bin = 0
  while (bin < edges.length - 2 && value >= edges[bin + 1]) bin++
  const low = Math.log10(edges[bin])
  const high = Math.log10(edges[bin + 1])
  return bin + Math.min(1, Math.max(0, (Math.log10(value) - low) / (high - low)))
}
