import { expect, test } from 'vitest'
import type { Finding } from '../../model.ts'
import { discordLimitErrors } from '../../../test/servers/discordLimits.ts'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { renderEmbed } from './embed.ts'

const pageUrl = 'https://firebreak.example/verdicts/v-example-1'

test('default', () => {
  const embed = renderEmbed({ verdict: exampleVerdict(), pageUrl })
  expect(embed.color).toBe(0xcf222e)
  expect(embed.title).toBe('FAIL: Aave v3 Ethereum: raise wstETH liquidation threshold')
  expect(embed.url).toBe(pageUrl)
  expect(embed.description).toContain('nearly doubles bad-debt VaR 99%')
  expect(embed.description).toContain('**Largest safe wstETH liquidation threshold: 81.5 %** (proposed 83 %)')
  expect(embed.description).toContain(`(${pageUrl})`)
  expect(embed.fields?.[0].name).toBe('Key metrics (before → after)')
  expect(embed.fields?.[0].value).toMatch(/^Expected bad debt: \$[\d.]+k → \*\*\$[\d.]+k\*\*\nBad debt VaR 95 %: \$[\d.]+M → \*\*\$[\d.]+M\*\*/)
  expect(embed.fields?.[1].value).toBe('wstETH liquidation threshold 81 % → 83 %')
  expect(embed.fields?.[2].name).toBe('🔴 Bad-debt VaR 99% rises beyond the policy bound')
  expect(embed.footer?.text).toContain("FAIL = breaks a policy bound or a protocol's guard · engine 0.1.0 · seed 7")
  expect(discordLimitErrors({ embeds: [embed] })).toEqual([])
})

test('behavior: colour follows the level', () => {
  expect(renderEmbed({ verdict: exampleVerdict({ level: 'PASS' }), pageUrl }).color).toBe(0x2ea043)
  expect(renderEmbed({ verdict: exampleVerdict({ level: 'CAUTION' }), pageUrl }).color).toBe(0xd29922)
  expect(renderEmbed({ verdict: exampleVerdict({ level: 'REVIEW' }), pageUrl }).color).toBe(0x6e7781)
})

test('behavior: a long verdict is summarised within every limit, by whole sentences and findings', () => {
  const sentence = 'Liquidations sell seized wstETH into a pool that moves 4% for every $10M sold.'
  const findings: Finding[] = Array.from({ length: 60 }, (_, index) => ({
    check: `check-${index}`,
    severity: index % 7 === 0 ? 'critical' : 'warning',
    title: `Finding ${index}: ${'a very long title '.repeat(20)}`,
    why: Array.from({ length: 30 }, () => sentence).join(' '),
  }))
  const base = exampleVerdict()
  const verdict = exampleVerdict({
    headline: Array.from({ length: 80 }, () => sentence).join(' '),
    proposal: { ...base.proposal, title: 'Update '.repeat(60) },
    changes: Array.from({ length: 120 }, () => base.changes[0]),
    findings,
  })
  const embed = renderEmbed({ verdict, pageUrl })
  expect(discordLimitErrors({ embeds: [embed] })).toEqual([])
  const fields = embed.fields ?? []
  const more = fields[fields.length - 1]
  expect(more.name).toMatch(/^\d+ more findings$/)
  expect(more.value).toContain(pageUrl)
  // Every prose part ends on a whole sentence.
  for (const field of fields.slice(2, -1)) expect(field.value.endsWith('$10M sold.')).toBe(true)
  expect(embed.description?.split('\n\n')[0].endsWith('$10M sold.')).toBe(true)
  expect(fields[1].value).toMatch(/…and \d+ more changes$/)
  // Critical findings come first.
  expect(fields[2].name).toMatch(/^🔴 Finding 0:/)
  expect(fields[3].name).toMatch(/^🔴 Finding 7:/)
})
