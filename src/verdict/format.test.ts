import { expect, test } from 'vitest'
import { formatMetric, formatParameter, formatPercent, formatUsd } from './format.ts'

test('default: USD abbreviated, exact from decimal strings', () => {
  expect(formatUsd('4155176.4740260593')).toBe('$4.16M')
  expect(formatUsd(850_000)).toBe('$850k')
  expect(formatUsd(1_234_000_000)).toBe('$1.23B')
  expect(formatUsd(0)).toBe('$0')
  expect(formatUsd(-2500)).toBe('−$2.5k')
})

test('behavior: ratios in percent, caps as amounts, addresses as is', () => {
  expect(formatPercent('0.825')).toBe('82.5 %')
  expect(formatParameter('liquidationBonus', '0.075')).toBe('7.5 %')
  expect(formatParameter('supplyCap', '1800000')).toBe('1,800,000')
  expect(formatParameter('oracle', '0xAd47d5A59B6d1Ca4DC3EbD53693fdA7d7449f165')).toBe('0xAd47d5A59B6d1Ca4DC3EbD53693fdA7d7449f165')
})

test('behavior: a finding metric is shown in its unit', () => {
  expect(formatMetric('4155176.4740260593', 'USD')).toBe('$4.16M')
  expect(formatMetric('0.001', 'fraction')).toBe('0.1 %')
  expect(formatMetric('1.23456', 'ratio')).toBe('1.235')
  expect(formatMetric('3600', 's')).toBe('3600 s')
  expect(formatMetric('n/a', 'USD')).toBe('n/a')
})
