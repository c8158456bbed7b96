import type { ScenarioResult } from '../../../model.ts'
import { formatUsd } from '../../../verdict/format.ts'
import { chartFrame } from './chartFrame.ts'
import { chartColors } from './colors.ts'

export type ShockChartParameters = { before: ScenarioResult[]; after: ScenarioResult[] }

/**
 * Bad debt against price shock, before and after the proposal: one dot per scenario and a line
 * through the mean bad debt of each 5-point band of shock.
 */
export function shockChart({ before, after }: ShockChartParameters): string {
  const all = [...before, ...after]
  const maxDrop = Math.max(0.05, ...all.map((result) => -result.shock))
  const maxBadDebt = Math.max(1, ...all.map((result) => result.badDebtUsd))
  return chartFrame({
    title: 'Bad debt against price shock, before and after the proposal',
    xLabel: 'Price drop of the most-shocked asset',
    yLabel: 'Bad debt (USD)',
    x: { min: 0, max: maxDrop, format: (value) => `${Math.round(value * 100)}%` },
    y: { min: 0, max: maxBadDebt, format: formatUsd },
    legend: [
      { label: 'before', color: chartColors.before, dashed: true },
      { label: 'after', color: chartColors.after },
    ],
    plot: (scale) =>
      // After first, before dashed on top: where the proposal changes nothing, both stay visible.
      (['after', 'before'] as const)
        .map((side) => {
          const results = side === 'before' ? before : after
          const color = chartColors[side]
          const dots = results
            .map((result) => `<circle cx="${scale.x(-result.shock)}" cy="${scale.y(result.badDebtUsd)}" r="2.2" fill="${color}" fill-opacity="0.35"/>`)
            .join('')
          const line = bandMeans(results)
            .map(([drop, mean], index) => `${index === 0 ? 'M' : 'L'}${scale.x(drop)},${scale.y(mean)}`)
            .join(' ')
          return `<g class="series-${side}">${dots}${line ? `<path d="${line}" fill="none" stroke="${color}" stroke-width="2.5"${side === 'before' ? ' stroke-dasharray="6 4"' : ''}/>` : ''}</g>`
        })
        .join(''),
  })
}

/** Mean bad debt per 5-point band of price drop, at the band's centre. */
function bandMeans(results: ScenarioResult[]): [number, number][] {
  const bands = new Map<number, { sum: number; count: number }>()
  for (const result of results) {
    const band = Math.floor(-result.shock / 0.05)
    const entry = bands.get(band) ?? { sum: 0, count: 0 }
    entry.sum += result.badDebtUsd
    entry.count++
    bands.set(band, entry)
  }
  return [...bands.entries()].sort((a, b) => a[0] - b[0]).map(([band, { sum, count }]) => [band * 0.05 + 0.025, sum / count])
}
