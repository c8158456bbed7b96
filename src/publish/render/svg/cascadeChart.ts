import type { CascadeChart, CascadeStep } from '../../../model.ts'
import { formatUsd } from '../../../verdict/format.ts'
import { chartFrame, type ChartPanel } from './chartFrame.ts'
import { BEFORE_DASH, chartColors } from './colors.ts'

export type CascadeChartParameters = {
  /** `startPrice` may be missing on verdicts stored before charts were kept: the lines then start at the first step. */
  cascade: Omit<CascadeChart, 'startPrice'> & { startPrice?: number }
  /** The asset whose price the steps record (the market's main collateral). */
  asset: string
}

/**
 * One scenario step by step, before (dashed) and after (solid) the change, in three panels over the same hours: the
 * main collateral's market price (the scenario's move plus liquidation selling), debt liquidated so far, bad debt so far.
 */
export function cascadeChart({ cascade, asset }: CascadeChartParameters): string {
  const hours = cascade.stepSeconds / 3600
  const series = (steps: CascadeStep[]) => [
    ...(cascade.startPrice === undefined ? [] : [{ hour: 0, price: cascade.startPrice, liquidatedUsd: 0, badDebtUsd: 0 }]),
    ...steps.map((step) => ({ hour: (step.step + 1) * hours, price: step.price, liquidatedUsd: step.liquidatedUsd, badDebtUsd: step.badDebtUsd })),
  ]
  const sides = { before: series(cascade.before), after: series(cascade.after) }
  const all = [...sides.before, ...sides.after]
  const lastHour = Math.max(hours, ...all.map((point) => point.hour))
  const inDays = lastHour > 72
  const span = inDays ? lastHour / 24 : lastHour
  const tickStep = inDays ? Math.max(1, Math.ceil(span / 6)) : lastHour <= 24 ? 4 : lastHour <= 48 ? 8 : 12
  const ticks = Array.from({ length: Math.floor(span / tickStep) + 1 }, (_, index) => index * tickStep)
  const prices = all.map((point) => point.price)
  const low = Math.min(...prices)
  const high = Math.max(...prices)
  const pad = Math.max((high - low) * 0.1, high * 0.01)
  const panel = (label: string, key: 'price' | 'liquidatedUsd' | 'badDebtUsd', y: ChartPanel['y'], note?: string): ChartPanel => ({
    label,
    height: 110,
    y,
    ...(note ? { note } : {}),
    plot: (scale) =>
      (['after', 'before'] as const)
        .map((side) => {
          const d = sides[side].map((point, index) => `${index === 0 ? 'M' : 'L'}${scale.x(inDays ? point.hour / 24 : point.hour)},${scale.y(point[key])}`).join(' ')
          return `<g class="series" data-series="${key}, ${side}"><path d="${d}" fill="none" stroke="${chartColors[side]}" stroke-width="2.5"${side === 'before' ? ` stroke-dasharray="${BEFORE_DASH}"` : ''}/></g>`
        })
        .join(''),
  })
  const maxLiquidated = Math.max(1, ...all.map((point) => point.liquidatedUsd))
  const maxBadDebt = Math.max(1, ...all.map((point) => point.badDebtUsd))
  return chartFrame({
    title: `Cascade of ${cascade.label}: ${asset} price, debt liquidated and bad debt, before and after the change`,
    x: { label: inDays ? 'Days into the scenario' : 'Hours into the scenario', min: 0, max: span, ticks, format: (value) => (inDays ? `${value} d` : `${value} h`) },
    legend: [
      { label: 'after the change', color: chartColors.after },
      { label: 'before', color: chartColors.before, dashed: true },
    ],
    panels: [
      panel(`${asset} price (USD)`, 'price', { min: low - pad, max: high + pad, format: formatUsd }),
      panel('Debt liquidated so far', 'liquidatedUsd', { min: 0, max: maxLiquidated, format: formatUsd }),
      panel('Bad debt so far', 'badDebtUsd', { min: 0, max: maxBadDebt, format: formatUsd }, maxBadDebt <= 1 ? 'None, before or after' : undefined),
    ],
  })
}
