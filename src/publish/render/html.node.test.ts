import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { runCheck } from '../../check.ts'
import type { Verdict } from '../../model.ts'
import { defaultState } from '../../protocols/defaultState.ts'
import { renderVerdictPage } from './html.ts'

// Debian's chromium, installed by `npm run install-chromium` (test/browser/install-chromium.sh).
const executablePath = '/usr/bin/chromium'
const haveChromium = existsSync(executablePath)
if (!haveChromium) console.warn(`SKIPPED verdict-page browser test: ${executablePath} is missing; run \`npm run install-chromium\`.`)

/** Screenshots of every page tested, at each width, for a person to look at (gitignored). */
const artifacts = join(import.meta.dirname, '../../../test/artifacts')
const widths = [1280, 390] as const
const now = Date.parse('2026-11-25T17:00:00.000Z')

let browser: Browser
let realVerdict: Verdict
beforeAll(async () => {
  if (!haveChromium) return
  await mkdir(artifacts, { recursive: true })
  browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  const weth = defaultState.assets.find((asset) => asset.symbol === 'WETH')
  if (!weth) throw new Error('the default state has no WETH')
  realVerdict = await runCheck({
    proposal: { source: 'cli', chainId: 1, id: 'page-test', title: 'Raise WETH liquidation threshold', actions: [] },
    changes: [{ protocol: 'aave-v3', chainId: 1, market: defaultState.market, asset: weth.address, symbol: 'WETH', param: 'liquidationThreshold', before: weth.liquidationThreshold, after: '0.9', action: 0 }],
    state: defaultState,
    seed: 1,
    createdAt: '2026-11-25T15:00:00.000Z',
  })
}, 120_000)
afterAll(async () => {
  await browser?.close()
})

type ChartReport = { label: string; width: number; series: { name: string; points: number; inside: boolean }[] }
type PageReport = { problems: string[]; requests: string[]; overflow: number; smallText: string[]; wideTables: number; charts: ChartReport[] }

/**
 * Run in the page (a string: this project type-checks without the DOM library). Every visible piece of text at the
 * size it renders (an SVG's text scales with the SVG); each chart's series with its drawn points (path vertices and
 * dots) and whether they lie inside the chart; tables wider than their box; how far the page is wider than the screen.
 */
const measure = `(() => {
  const smallText = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode
    const element = node.parentElement
    if (!element || !node.textContent.trim() || element.closest('title')) continue
    let size = Number.parseFloat(getComputedStyle(element).fontSize)
    const svg = element.closest('svg')
    if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
    if (size < 11) smallText.push(size.toFixed(1) + ' px: ' + node.textContent.trim().slice(0, 40))
  }
  const charts = [...document.querySelectorAll('svg.chart')].map((svg) => ({
    label: svg.getAttribute('aria-label') || '',
    width: svg.getBoundingClientRect().width,
    series: [...svg.querySelectorAll('g.series')].map((group) => {
      const vertices = [...group.querySelectorAll('path')].reduce((sum, path) => sum + ((path.getAttribute('d') || '').match(/[ML]/g) || []).length, 0)
      const box = group.getBBox()
      const view = svg.viewBox.baseVal
      return {
        name: group.dataset.series || '',
        points: vertices + group.querySelectorAll('circle').length,
        inside: box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 0.5 && box.y + box.height <= view.height + 0.5,
      }
    }),
  }))
  const wideTables = [...document.querySelectorAll('.table-wrap')].filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1).length
  return { smallText, charts, wideTables, overflow: document.documentElement.scrollWidth - window.innerWidth }
})()`

/** Opens a verdict page at a width and measures what a reader on that screen would meet. */
async function inspect(verdict: Verdict, width: number, name: string): Promise<PageReport & { page: Page }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url())
  })
  await page.setContent(renderVerdictPage({ verdict, publicUrl: 'https://firebreak.example', now }))
  await page.screenshot({ path: join(artifacts, `${name}-${width}.png`), fullPage: true })
  const measured = await page.evaluate<Omit<PageReport, 'problems' | 'requests'>>(measure)
  return { page, problems, requests, ...measured }
}

for (const width of widths) {
  test.skipIf(!haveChromium)(`behavior: a real verdict reads at ${width} px — every chart drawn, no small text, nothing wider than the screen`, async () => {
    const report = await inspect(realVerdict, width, 'verdict-page-real')
    expect(report.problems).toEqual([])
    expect(report.requests).toEqual([])
    expect(report.overflow).toBeLessThanOrEqual(0)
    expect(report.wideTables).toBe(0)
    expect(report.smallText).toEqual([])
    // The axis names the market's largest collateral, whichever the state makes it.
    const main = realVerdict.charts?.mainCollateral
    expect(main).toBeTruthy()
    expect(report.charts.map((chart) => chart.label)).toEqual([
      `Bad debt against the ${main} price drop, before and after the change`,
      expect.stringMatching(/^Bad debt across all 1037 scenarios, before and after the change, with VaR 95 % and 99 % marked$/),
      expect.stringMatching(new RegExp(`^Cascade of .+: ${main} price, debt liquidated and bad debt, before and after the change$`)),
    ])
    // The shock grid and the historical windows, before and after; the distribution before and after; three panels × two sides.
    expect(report.charts.map((chart) => chart.series.length)).toEqual([4, 2, 6])
    for (const chart of report.charts) {
      expect(chart.width).toBeGreaterThanOrEqual(Math.min(480, width - 40))
      for (const series of chart.series) {
        expect(series.points, `${chart.label}: ${series.name}`).toBeGreaterThanOrEqual(2)
        expect(series.inside, `${chart.label}: ${series.name} drawn inside the chart`).toBe(true)
      }
    }
    await report.page.close()
  })
}

test.skipIf(!haveChromium)('behavior: the cascade is a multi-step scenario, the changes table reflows on a phone', async () => {
  expect(realVerdict.charts?.cascade?.after.length).toBeGreaterThanOrEqual(2)
  expect(['historical', 'monte-carlo']).toContain(realVerdict.charts?.cascade?.kind)
  const report = await inspect(realVerdict, 390, 'verdict-page-real-changes')
  // Each change is a card whose cells carry their column's name, so "Before → after" is never off screen.
  const cells = await report.page.$$eval('table.reflow td', (tds) => tds.map((td) => ({ label: td.dataset.label, right: td.getBoundingClientRect().right })))
  expect(cells.map((cell) => cell.label)).toEqual(['Asset', 'Parameter', 'Before → after', 'From'])
  for (const cell of cells) expect(cell.right).toBeLessThanOrEqual(390)
  expect(await report.page.$eval('table.reflow td[data-label="From"]', (td) => td.textContent)).toBe('Pre-check')
  await report.page.close()
})

test.skipIf(!haveChromium)('default: the example verdict at both widths', async () => {
  for (const width of widths) {
    const report = await inspect(exampleVerdict(), width, 'verdict-page-example')
    expect(report.problems).toEqual([])
    expect(report.requests).toEqual([])
    expect(report.overflow).toBeLessThanOrEqual(0)
    expect(report.smallText).toEqual([])
    for (const chart of report.charts) for (const series of chart.series) expect(series.points).toBeGreaterThanOrEqual(2)
    await report.page.close()
  }
})
