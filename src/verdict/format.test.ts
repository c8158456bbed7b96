import { expect, test } from 'vitest'
import { actionLabel, formatAge, formatChange, formatMetric, formatParameter, formatPercent, formatTimestamp, formatUsd, parameterInSentence, parameterLabel } from './format.ts'

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

test('behavior: parameter names as each protocol\'s governance writes them', () => {
  const names: [Parameters<typeof parameterLabel>, string][] = [
    [['collateralFactor', 'aave-v3'], 'LTV'],
    [['liquidationThreshold', 'aave-v3'], 'Liquidation threshold'],
    [['collateralFactor', 'compound-v2'], 'Collateral factor'],
    [['liquidationBonus', 'compound-v2'], 'Liquidation incentive'],
    [['liquidationThreshold', 'compound-v3'], 'Liquidate collateral factor'],
  ]
  for (const [[param, protocol], name] of names) expect(parameterLabel(param, protocol)).toBe(name)
  expect(parameterInSentence('collateralFactor', 'aave-v3')).toBe('LTV')
  expect(parameterInSentence('liquidationThreshold', 'aave-v3')).toBe('liquidation threshold')
})

test('behavior: a change reads with its units, before → after', () => {
  const change = { protocol: 'aave-v3', symbol: 'WETH', asset: null } as const
  expect(formatChange({ ...change, param: 'collateralFactor', before: '0.8', after: '0.805' })).toBe('WETH LTV 80 % → 80.5 %')
  expect(formatChange({ ...change, param: 'supplyCap', before: '1000000', after: '1200000' })).toBe('WETH supply cap 1,000,000 → 1,200,000 WETH')
  expect(formatChange({ ...change, param: 'borrowCap', after: '0' })).toBe('WETH borrow cap → no cap')
  expect(formatChange({ ...change, param: 'frozen', before: 'false', after: 'true' })).toBe('WETH frozen no → yes')
})

test('behavior: a pre-check\'s changes are not numbered as proposal actions', () => {
  expect(actionLabel(0)).toBe('Action 1')
  expect(actionLabel(-1)).toBe('The proposal')
  expect(actionLabel(1, { precheck: true })).toBe('Pre-check')
})

test('behavior: times read as a person says them', () => {
  const at = Date.parse('2026-11-25T17:05:00Z')
  expect(formatAge('2026-11-25T17:04:40Z', at)).toBe('just now')
  expect(formatAge('2026-11-25T16:50:00Z', at)).toBe('15 min ago')
  expect(formatAge('2026-11-25T15:00:00Z', at)).toBe('2 h ago')
  expect(formatAge('2026-11-20T15:00:00Z', at)).toBe('5 days ago')
  expect(formatAge('2026-01-02T15:00:00Z', at)).toBe('2 Jan 2026')
  expect(formatTimestamp('2026-11-25T15:00:00.000Z')).toBe('25 Nov 2026, 15:00 UTC')
})
