import { expect, test } from 'vitest'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { renderVerdictPage } from './html.ts'
import { renderVerdictList } from './htmlList.ts'

const publicUrl = 'https://firebreak.example'

test('default', () => {
  const html = renderVerdictPage({ verdict: exampleVerdict(), publicUrl })
  expect(html.startsWith('<!doctype html>')).toBe(true)
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
  expect(html.match(/<svg class="chart"/g)).toHaveLength(3)
  expect(html).toContain('aria-label="Bad debt against price shock, before and after the proposal"')
  expect(html).toContain('VaR 99% after $')
  expect(html).toContain('Liquidation cascade of scenario mc-')
  expect(html).toContain('<code>0x1111aaaa2222bbbb3333cccc4444dddd5555eeee6666ffff7777000088889999</code>')
  expect(html).toContain('curl -s https://firebreak.example/v1/verdicts/v-example-1/input &gt; input.json &amp;&amp; npx firebreak check input.json --seed 7')
  expect(html).toContain('Configuration guards hold')
})

test('behavior: no external assets and no script', () => {
  const html = renderVerdictPage({ verdict: exampleVerdict(), publicUrl })
  expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i)
  expect(html).not.toMatch(/(src)=["']?https?:/i)
})

test('behavior: text from a proposal is escaped', () => {
  const base = exampleVerdict()
  const html = renderVerdictPage({
    verdict: exampleVerdict({
      proposal: { ...base.proposal, title: '<script>alert(1)</script>', url: 'javascript:alert(1)' },
      scenarios: { before: [], after: [] },
    }),
    publicUrl,
  })
  expect(html).not.toContain('<script>alert(1)')
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  expect(html).not.toContain('href="javascript:')
  expect(html).toContain('Per-scenario results were not stored')
})

test('behavior: the list links each verdict', () => {
  const html = renderVerdictList({
    verdicts: [{ id: 'v/1', level: 'PASS', title: 'Raise caps', headline: 'Fine.', createdAt: '2026-11-25T15:00:00Z' }],
  })
  expect(html).toContain('href="/verdicts/v%2F1"')
  expect(renderVerdictList({ verdicts: [] })).toContain('No verdicts yet.')
})
