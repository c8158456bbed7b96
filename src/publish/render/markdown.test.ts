import { expect, test } from 'vitest'
import type { Finding } from '../../model.ts'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { renderMarkdown } from './markdown.ts'

const pageUrl = 'https://firebreak.example/verdicts/v-example-1'

test('default', () => {
  const markdown = renderMarkdown({ verdict: exampleVerdict(), pageUrl })
  expect(markdown.startsWith("## Firebreak verdict: FAIL (breaks a policy bound or a protocol's guard)\n")).toBe(true)
  expect(markdown).toMatch(/\| Bad debt VaR 99 % \| \$[\d.]+M \| \*\*\$[\d.]+M\*\* \|/)
  expect(markdown).toContain('| wstETH | Liquidation threshold | 81 % | 83 % |')
  expect(markdown).toContain('- 🔴 **Bad-debt VaR 99% rises beyond the policy bound**')
  expect(markdown).toContain('**Largest safe wstETH liquidation threshold: 81.5 %** (proposed 83 %)')
  expect(markdown).toContain('<sub>PASS within the policy · CAUTION worth a closer look')
  expect(markdown).toContain(`[Full verdict, charts and inputs](${pageUrl})`)
  // Critical findings are listed before warnings.
  expect(markdown.indexOf('🔴')).toBeLessThan(markdown.indexOf('🟠'))
})

test('behavior: text from a proposal cannot break the table or ping people', () => {
  const base = exampleVerdict()
  const markdown = renderMarkdown({
    verdict: exampleVerdict({ changes: [{ ...base.changes[0], symbol: 'A|B\n@team <b>' }] }),
    pageUrl,
  })
  expect(markdown).toContain('| A\\|B @\u200bteam &lt;b&gt; | Liquidation threshold |')
})

test('behavior: a post too long for the forum keeps whole findings and links the rest', () => {
  const why = 'Liquidations sell seized collateral into thin liquidity. '.repeat(25).trim()
  const findings: Finding[] = Array.from({ length: 100 }, (_, index) => ({
    check: `check-${index}`,
    severity: 'warning',
    title: `Finding ${index}`,
    why,
  }))
  const markdown = renderMarkdown({ verdict: exampleVerdict({ findings }), pageUrl, maxLength: 10_000 })
  expect(markdown.length).toBeLessThanOrEqual(10_000)
  expect(markdown).toMatch(/- …and \d+ more findings on the \[verdict page\]/)
  expect(markdown).toContain('### Recommendation')
})
