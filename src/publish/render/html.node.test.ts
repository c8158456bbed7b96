import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { runCheck } from '../../check.ts'
import { defaultState } from '../../protocols/defaultState.ts'
import { renderVerdictPage } from './html.ts'

// Debian's chromium, installed by `npm run install-chromium` (test/browser/install-chromium.sh).
const executablePath = '/usr/bin/chromium'
const haveChromium = existsSync(executablePath)
if (!haveChromium) console.warn(`SKIPPED verdict-page browser test: ${executablePath} is missing; run \`npm run install-chromium\`.`)

let browser: Browser
beforeAll(async () => {
  if (!haveChromium) return
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
})
afterAll(async () => {
  await browser?.close()
})

test.skipIf(!haveChromium)('default', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  const requests: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url())
  })
  await page.setContent(renderVerdictPage({ verdict: exampleVerdict(), publicUrl: 'https://firebreak.example' }))

  const charts = await page.$$eval('svg.chart', (svgs) =>
    svgs.map((svg) => {
      const box = svg.getBoundingClientRect()
      return { width: box.width, height: box.height, marks: svg.querySelectorAll('.plot circle, .plot rect, .plot path').length }
    }),
  )
  expect(charts).toHaveLength(3)
  for (const chart of charts) {
    expect(chart.width).toBeGreaterThan(300)
    expect(chart.height).toBeGreaterThan(100)
    expect(chart.marks).toBeGreaterThan(3)
  }
  // Readable on a phone: nothing wider than the screen.
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')
  expect(overflow).toBeLessThanOrEqual(0)
  expect(problems).toEqual([])
  expect(requests).toEqual([])
  await page.close()
})

test.skipIf(!haveChromium)('behavior: a real verdict from the engine renders its charts without console errors', async () => {
  const weth = defaultState.assets.find((asset) => asset.symbol === 'WETH')
  if (!weth) throw new Error('the default state has no WETH')
  const verdict = await runCheck({
    proposal: { source: 'cli', chainId: 1, id: 'page-test', title: 'Raise WETH liquidation threshold', actions: [] },
    changes: [{ protocol: 'aave-v3', chainId: 1, market: defaultState.market, asset: weth.address, symbol: 'WETH', param: 'liquidationThreshold', before: weth.liquidationThreshold, after: '0.9', action: 0 }],
    state: defaultState,
    seed: 1,
    createdAt: '2026-11-25T15:00:00.000Z',
  })
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.setContent(renderVerdictPage({ verdict, publicUrl: 'http://localhost:8787' }))
  const dots = await page.$$eval('svg.chart .plot circle', (circles) => circles.length)
  expect(dots).toBe(verdict.scenarios.before.length + verdict.scenarios.after.length)
  // The engine records each scenario's steps, so the third chart is the worst scenario's cascade.
  expect(await page.$$eval('svg.chart', (svgs) => svgs.map((svg) => svg.getAttribute('aria-label')))).toEqual([
    'Bad debt against price shock, before and after the proposal',
    'Distribution of bad debt across scenarios, with VaR 95% and 99% marked',
    expect.stringMatching(/^Liquidation cascade of scenario /),
  ])
  expect(await page.$$eval('svg.chart path.price', (paths) => paths.length)).toBe(1)
  expect(await page.textContent('h1')).toBe('Raise WETH liquidation threshold')
  expect(problems).toEqual([])
  await page.close()
})
