import { expect, test } from 'vitest'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { formatUsd } from '../../verdict/format.ts'
import { renderVerdictPage } from './html.ts'
import { renderVerdictList } from './htmlList.ts'

const publicUrl = 'https://firebreak.example'
const now = Date.parse('2026-11-25T17:00:00.000Z')

test('default', () => {
  const html = renderVerdictPage({ verdict: exampleVerdict(), publicUrl, now })
  expect(html.startsWith('<!doctype html>')).toBe(true)
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
  expect(html.match(/<svg class="chart"/g)).toHaveLength(3)
  expect(html).toContain('aria-label="Bad debt against the WETH price drop, before and after the change"')
  expect(html).toContain('aria-label="Bad debt across all 200 scenarios, before and after the change, with VaR 95 % and 99 % marked"')
  expect(html).toContain('aria-label="Cascade of Monte Carlo day')
  expect(html).toContain('>WETH price (USD)</text>')
  expect(html).toContain('<code>0x1111aaaa2222bbbb3333cccc4444dddd5555eeee6666ffff7777000088889999</code>')
  expect(html).toContain('curl -s https://firebreak.example/v1/verdicts/v-example-1/input &gt; input.json &amp;&amp; npx firebreak check input.json --seed 7')
  expect(html).toContain('Configuration guards hold')
})

test('behavior: in the voter\'s words — parameter names, values before → after, a readable time, the four levels', () => {
  const html = renderVerdictPage({ verdict: exampleVerdict(), publicUrl, now })
  for (const words of [
    '<td data-label="Parameter">Liquidation threshold</td>',
    '<td class="num" data-label="Before → after">81 % → 83 %</td><td class="num" data-label="From">Action 1</td>',
    '>2 h ago</time> (25 Nov 2026, 15:00 UTC)',
    'PASS within the policy · CAUTION worth a closer look · FAIL breaks a policy bound or a protocol&#39;s guard · REVIEW part of it could not be simulated',
    '<strong>Largest safe wstETH liquidation threshold: 81.5 %</strong> (proposed 83 %).',
  ])
    expect(html).toContain(words)
})

test('behavior: a pre-check\'s changes read "Pre-check", not "Action 1"', () => {
  const html = renderVerdictPage({ verdict: exampleVerdict({ precheck: true }), publicUrl, now })
  expect(html).toContain('>Pre-check</td>')
  expect(html).not.toContain('>Action 1<')
  expect(html).toContain('· pre-check ·')
})

test('behavior: the distribution covers every scenario and marks VaR where the engine put it', () => {
  const verdict = exampleVerdict()
  const histogram = verdict.charts?.distribution
  if (!histogram) throw new Error('the example has no histogram')
  const counted = (side: 'before' | 'after') => histogram[side].reduce((sum, count) => sum + count, histogram.none[side])
  expect(counted('before')).toBe(verdict.metrics.before.scenarios)
  expect(counted('after')).toBe(verdict.metrics.after.scenarios)
  const html = renderVerdictPage({ verdict, publicUrl, now })
  expect(html.match(/<line class="var"/g)).toHaveLength(4)
  expect(html).toContain(`<title>VaR 99 % ${formatUsd(verdict.metrics.after.var99Usd)}</title>`)
})

test('behavior: a verdict stored before charts were kept still renders, and says why it has none', () => {
  const html = renderVerdictPage({ verdict: exampleVerdict({ charts: undefined }), publicUrl, now })
  expect(html).not.toContain('<svg')
  expect(html).toContain('stored before Firebreak kept the figures its charts need')
  expect(html).toContain('<h2>Key metrics</h2>')
})

test('behavior: no external assets and no script', () => {
  const html = renderVerdictPage({ verdict: exampleVerdict(), publicUrl, now })
  expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i)
  expect(html).not.toMatch(/(src)=["']?https?:/i)
})

test('behavior: text from a proposal is escaped', () => {
  const base = exampleVerdict()
  const html = renderVerdictPage({
    verdict: exampleVerdict({ proposal: { ...base.proposal, title: '<script>alert(1)</script>', url: 'javascript:alert(1)' } }),
    publicUrl,
    now,
  })
  expect(html).not.toContain('<script>alert(1)')
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  expect(html).not.toContain('href="javascript:')
})

test('behavior: the list links each verdict and says how long ago', () => {
  const html = renderVerdictList({ verdicts: [{ id: 'v/1', level: 'PASS', title: 'Raise caps', headline: 'Fine.', createdAt: '2026-11-25T15:00:00Z' }], now })
  expect(html).toContain('href="/verdicts/v%2F1"')
  expect(html).toContain('>2 h ago</time>')
  expect(renderVerdictList({ verdicts: [] })).toContain('No verdicts yet.')
})
