import { escapeHtml } from '../escapeHtml.ts'
import { niceTicks } from './niceTicks.ts'

export type ChartFrameParameters = {
  /** Read by screen readers and shown as the chart's tooltip. */
  title: string
  xLabel: string
  yLabel: string
  x: { min: number; max: number; format: (value: number) => string }
  y: { min: number; max: number; format: (value: number) => string }
  /** SVG drawn inside the plot area, in chart coordinates given by `scale`. */
  plot: (scale: ChartScale) => string
  legend?: { label: string; color: string; dashed?: boolean }[]
}

export type ChartScale = { x: (value: number) => number; y: (value: number) => number; left: number; right: number; top: number; bottom: number }

const width = 640
const height = 320
const margin = { left: 64, right: 16, top: 28, bottom: 44 }

/**
 * An inline SVG chart: axes with round ticks, labels, an optional legend and the caller's plot.
 * Scales with its container (viewBox, width 100%) so it reads on a phone; no external assets.
 */
export function chartFrame({ title, xLabel, yLabel, x, y, plot, legend = [] }: ChartFrameParameters): string {
  const xTicks = niceTicks(x.min, x.max, 6)
  const yTicks = niceTicks(y.min, y.max, 5)
  const left = margin.left
  const right = width - margin.right
  const top = margin.top
  const bottom = height - margin.bottom
  const scale: ChartScale = {
    x: (value) => round(left + ((value - xTicks.min) / (xTicks.max - xTicks.min)) * (right - left)),
    y: (value) => round(bottom - ((value - yTicks.min) / (yTicks.max - yTicks.min)) * (bottom - top)),
    left,
    right,
    top,
    bottom,
  }
  const grid = yTicks.ticks
    .map(
      (tick) =>
        `<line x1="${left}" x2="${right}" y1="${scale.y(tick)}" y2="${scale.y(tick)}" stroke="#d0d7de" stroke-width="1"/>` +
        `<text x="${left - 6}" y="${scale.y(tick) + 4}" text-anchor="end">${escapeHtml(y.format(tick))}</text>`,
    )
    .join('')
  const xAxis = xTicks.ticks
    .map(
      (tick, index) =>
        `<line x1="${scale.x(tick)}" x2="${scale.x(tick)}" y1="${bottom}" y2="${bottom + 4}" stroke="#57606a"/>` +
        `<text x="${scale.x(tick)}" y="${bottom + 18}" text-anchor="${index === xTicks.ticks.length - 1 ? 'end' : 'middle'}">${escapeHtml(x.format(tick))}</text>`,
    )
    .join('')
  const legendItems = legend
    .map((item, index) => {
      const lx = left + 8 + index * 150
      return `<line x1="${lx}" x2="${lx + 18}" y1="14" y2="14" stroke="${item.color}" stroke-width="3"${item.dashed ? ' stroke-dasharray="5 3"' : ''}/><text x="${lx + 24}" y="18">${escapeHtml(item.label)}</text>`
    })
    .join('')
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="11" fill="#24292f">`,
    `<title>${escapeHtml(title)}</title>`,
    grid,
    `<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#57606a"/>`,
    xAxis,
    `<text x="${(left + right) / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(xLabel)}</text>`,
    `<text transform="translate(14 ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(yLabel)}</text>`,
    legendItems,
    `<g class="plot">${plot(scale)}</g>`,
    '</svg>',
  ].join('')
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
