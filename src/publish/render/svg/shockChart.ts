import type { ShockPoint } from '../../../model.ts'
import { formatUsd } from '../../../verdict/format.ts'
import { escapeHtml } from '../escapeHtml.ts'
import { chartFrame } from './chartFrame.ts'
import { BEFORE_DASH, chartColors } from './colors.ts'

export type ShockChartParameters = {
  points: ShockPoint[]
  /** The asset whose drop the x-axis measures; absent (or pegged) → the shock grid's common drop. */
  asset?: string
}

/**
 * Bad debt against one named shock: the shock grid as lines (every non-stable asset falling together by x), replayed
 * historical windows as dots at the main collateral's largest fall within them; before dashed, after solid.
 */
export function shockChart({ points, asset }: ShockChartParameters): string {
  const grid = points.filter((point) => point.kind === 'shock').sort((a, b) => a.drop - b.drop)
  const historical = points.filter((point) => point.kind === 'historical')
  const maxDrop = Math.max(0.05, ...points.map((point) => point.drop))
  const maxBadDebt = Math.max(1, ...points.map((point) => Math.max(point.before, point.after)))
  const named = asset ? `${asset} price drop` : 'Price drop of every non-stable asset'
  return chartFrame({
    title: `Bad debt against the ${asset ? `${asset} ` : ''}price drop, before and after the change`,
    x: { label: named, min: 0, max: maxDrop, format: (value) => `${Math.round(value * 100)} %` },
    legend: [
      { label: 'after the change', color: chartColors.after },
      { label: 'before', color: chartColors.before, dashed: true },
      ...(historical.length ? [{ label: 'historical window, after', color: chartColors.after, marker: 'dot' as const }, { label: 'before', color: chartColors.before, marker: 'ring' as const }] : []),
    ],
    panels: [
      {
        label: 'Bad debt (USD)',
        height: 200,
        y: { min: 0, max: maxBadDebt, format: formatUsd },
        plot: (scale) => {
          const line = (side: 'before' | 'after') =>
            grid.length
              ? `<g class="series" data-series="shock grid, ${side}"><path d="${grid.map((point, index) => `${index === 0 ? 'M' : 'L'}${scale.x(point.drop)},${scale.y(point[side])}`).join(' ')}" fill="none" stroke="${chartColors[side]}" stroke-width="2.5"${side === 'before' ? ` stroke-dasharray="${BEFORE_DASH}"` : ''}/></g>`
              : ''
          const dots = (side: 'before' | 'after') =>
            historical.length
              ? `<g class="series" data-series="historical windows, ${side}">${historical
                  .map(
                    (point) =>
                      `<circle cx="${scale.x(point.drop)}" cy="${scale.y(point[side])}" r="${side === 'after' ? 4 : 6}" fill="${side === 'after' ? chartColors.after : 'none'}" stroke="${chartColors[side]}" stroke-width="2"><title>${escapeHtml(point.scenario)}: ${formatUsd(point[side])} ${side}</title></circle>`,
                  )
                  .join('')}</g>`
              : ''
          // After first, before dashed on top: where the change moves nothing, both stay visible.
          return line('after') + line('before') + dots('after') + dots('before')
        },
      },
    ],
  })
}
