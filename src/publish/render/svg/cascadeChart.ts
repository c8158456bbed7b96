import type { ScenarioResult } from '../../../model.ts'
import { escapeHtml } from '../escapeHtml.ts'
import { formatUsd } from '../../../verdict/format.ts'
import { chartFrame } from './chartFrame.ts'
import { chartColors } from './colors.ts'

export type CascadeChartParameters = { result: ScenarioResult }

/**
 * The cascade of one scenario step by step: debt liquidated in each step (bars), bad debt
 * accumulated (line) and the market price of the main collateral asset (purple, right-hand scale, USD).
 * Returns null when the engine did not record the scenario's steps.
 */
export function cascadeChart({ result }: CascadeChartParameters): string | null {
  const steps = result.cascade
  if (!steps || steps.length === 0) return null
  const maxUsd = Math.max(1, ...steps.map((step) => Math.max(step.liquidatedUsd, step.badDebtUsd)))
  const prices = steps.map((step) => step.price)
  const priceLow = Math.min(...prices) * 0.98
  const priceHigh = Math.max(...prices) * 1.02
  const lastStep = steps[steps.length - 1].step
  return chartFrame({
    title: `Liquidation cascade of scenario ${result.scenario}`,
    xLabel: 'Step',
    yLabel: 'USD',
    x: { min: steps[0].step - 0.5, max: lastStep + 0.5, format: (value) => (Number.isInteger(value) && value >= steps[0].step && value <= lastStep ? String(value) : '') },
    y: { min: 0, max: maxUsd, format: formatUsd },
    legend: [
      { label: 'liquidated in step', color: chartColors.before },
      { label: 'bad debt so far', color: chartColors.after },
      { label: 'price (right scale)', color: chartColors.price },
    ],
    plot: (scale) => {
      const stepWidth = Math.abs(scale.x(1) - scale.x(0))
      const bars = steps
        .map((step) => {
          const y = scale.y(step.liquidatedUsd)
          return `<rect x="${(scale.x(step.step) - stepWidth * 0.35).toFixed(1)}" y="${y}" width="${(stepWidth * 0.7).toFixed(1)}" height="${(scale.bottom - y).toFixed(1)}" fill="${chartColors.before}" fill-opacity="0.6"/>`
        })
        .join('')
      const badDebt = steps.map((step, index) => `${index === 0 ? 'M' : 'L'}${scale.x(step.step)},${scale.y(step.badDebtUsd)}`).join(' ')
      // The price gets its own scale on the right, spanning the prices the scenario went through.
      const priceY = (price: number) => (scale.bottom - ((price - priceLow) / (priceHigh - priceLow || 1)) * (scale.bottom - scale.top)).toFixed(1)
      const price = steps.map((step, index) => `${index === 0 ? 'M' : 'L'}${scale.x(step.step)},${priceY(step.price)}`).join(' ')
      const priceTicks = [priceLow, (priceLow + priceHigh) / 2, priceHigh]
        .map((tick) => `<text x="${scale.right - 2}" y="${priceY(tick)}" text-anchor="end" fill="${chartColors.price}">${escapeHtml(formatUsd(tick))}</text>`)
        .join('')
      return (
        bars +
        `<path class="bad-debt" d="${badDebt}" fill="none" stroke="${chartColors.after}" stroke-width="2.5"/>` +
        `<path class="price" d="${price}" fill="none" stroke="${chartColors.price}" stroke-width="2"/>` +
        priceTicks
      )
    },
  })
}
