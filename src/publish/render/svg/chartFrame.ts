import { escapeHtml } from '../escapeHtml.ts'
import { chartColors } from './colors.ts'
import { niceTicks } from './niceTicks.ts'

/** An axis: its range, how a tick reads, and the ticks themselves when round numbers are not the right ones. */
export type ChartAxis = { min: number; max: number; format: (value: number) => string; ticks?: number[] }

/** One plot area; panels stack top to bottom over the same x-axis. */
export type ChartPanel = {
  /** What the panel's y-axis measures, with its unit: "Bad debt so far (USD)". */
  label: string
  height: number
  y: ChartAxis
  /** SVG drawn inside the plot area, in chart coordinates given by `scale`. Each series is a `g.series`. */
  plot: (scale: ChartScale) => string
  /** One short line drawn at the top of the plot area. */
  note?: string
}

export type LegendItem = { label: string; color: string; dashed?: boolean; marker?: 'line' | 'dot' | 'ring' }

export type ChartFrameParameters = {
  /** Read by screen readers and shown as the chart's tooltip. */
  title: string
  x: ChartAxis & { label: string }
  panels: ChartPanel[]
  legend?: LegendItem[]
}

export type ChartScale = { x: (value: number) => number; y: (value: number) => number; left: number; right: number; top: number; bottom: number }

/**
 * The chart's size in its own units. On a 390 px phone the page gives it 370 px, so its text renders at 370 / 480 of
 * FONT_SIZE (11.6 px); on a desktop it grows to at most 560 px (17.5 px text, htmlLayout's stylesheet).
 */
export const CHART_WIDTH = 480
export const FONT_SIZE = 15
/** Average advance of a character at FONT_SIZE in a system sans-serif, for laying out legends and notes. */
const CHARACTER_WIDTH = 8
const margin = { left: 66, right: 26, bottom: 50 }
const legendRow = 22
const panelLabel = 22
const panelGap = 12

/**
 * An inline SVG chart: a legend that wraps, one or more panels sharing an x-axis, each with round y ticks, a label and
 * the caller's plot. Scales with its container (viewBox) up to a fixed width, so its text stays near the page's own
 * size on a desktop and legible on a phone; no external assets, no script.
 */
export function chartFrame({ title, x, panels, legend = [] }: ChartFrameParameters): string {
  const left = margin.left
  const right = CHART_WIDTH - margin.right
  const xTicks = x.ticks ? { min: x.min, max: x.max, ticks: x.ticks } : niceTicks(x.min, x.max, 5)
  const xOf = (value: number) => round(left + ((value - xTicks.min) / (xTicks.max - xTicks.min || 1)) * (right - left))

  const { svg: legendSvg, height: legendHeight } = legendRows(legend, left, right)
  let top = legendHeight + 6
  const drawn: string[] = []
  let bottom = top
  for (const panel of panels) {
    const plotTop = top + panelLabel
    bottom = plotTop + panel.height
    const yTicks = panel.y.ticks ? { min: panel.y.min, max: panel.y.max, ticks: panel.y.ticks } : niceTicks(panel.y.min, panel.y.max, Math.max(3, Math.round(panel.height / 45)))
    const yOf = (value: number) => round(bottom - ((value - yTicks.min) / (yTicks.max - yTicks.min || 1)) * (bottom - plotTop))
    const scale: ChartScale = { x: xOf, y: yOf, left, right, top: plotTop, bottom }
    const grid = yTicks.ticks
      .map(
        (tick) =>
          `<line x1="${left}" x2="${right}" y1="${yOf(tick)}" y2="${yOf(tick)}" stroke="#d0d7de" stroke-width="1"/>` +
          `<text x="${left - 6}" y="${yOf(tick) + 5}" text-anchor="end">${escapeHtml(panel.y.format(tick))}</text>`,
      )
      .join('')
    drawn.push(
      `<g class="panel">`,
      `<text x="${left}" y="${plotTop - 7}" font-weight="600">${escapeHtml(panel.label)}</text>`,
      grid,
      `<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="${chartColors.muted}"/>`,
      `<g class="plot">${panel.plot(scale)}</g>`,
      panel.note ? `<text class="note" x="${left + 6}" y="${plotTop + 17}" fill="${chartColors.muted}">${escapeHtml(panel.note)}</text>` : '',
      '</g>',
    )
    top = bottom + panelGap
  }
  const xAxis = xTicks.ticks
    .map((tick, index) => {
      // Centred under its tick unless that would run past the chart's edge.
      const half = (x.format(tick).length * CHARACTER_WIDTH) / 2
      const anchor = xOf(tick) + half > CHART_WIDTH - 2 ? 'end' : xOf(tick) - half < 2 ? 'start' : 'middle'
      return (
        `<line x1="${xOf(tick)}" x2="${xOf(tick)}" y1="${bottom}" y2="${bottom + 5}" stroke="${chartColors.muted}"/>` +
        `<text x="${xOf(tick)}" y="${bottom + 21}" text-anchor="${anchor}">${escapeHtml(x.format(tick))}</text>`
      )
    })
    .join('')
  const height = bottom + margin.bottom
  return [
    `<svg class="chart" viewBox="0 0 ${CHART_WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${FONT_SIZE}" fill="#24292f">`,
    `<title>${escapeHtml(title)}</title>`,
    legendSvg,
    ...drawn,
    xAxis,
    `<text x="${(left + right) / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(x.label)}</text>`,
    '</svg>',
  ].join('')
}

/** Legend items laid out left to right, wrapping to a new row when the next one would not fit. */
function legendRows(items: LegendItem[], left: number, right: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 }
  let x = left
  let row = 0
  const parts: string[] = []
  for (const item of items) {
    const width = 28 + item.label.length * CHARACTER_WIDTH
    if (x > left && x + width > right) {
      row++
      x = left
    }
    const y = 16 + row * legendRow
    const marker =
      item.marker === 'dot' || item.marker === 'ring'
        ? `<circle cx="${x + 9}" cy="${y - 5}" r="4.5" fill="${item.marker === 'dot' ? item.color : 'none'}" stroke="${item.color}" stroke-width="2"/>`
        : `<line x1="${x}" x2="${x + 20}" y1="${y - 5}" y2="${y - 5}" stroke="${item.color}" stroke-width="3"${item.dashed ? ' stroke-dasharray="5 3"' : ''}/>`
    parts.push(`${marker}<text x="${x + 26}" y="${y}">${escapeHtml(item.label)}</text>`)
    x += width + 12
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * legendRow }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
