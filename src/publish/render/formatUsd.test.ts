import { expect, test } from 'vitest'
import { formatFraction } from './formatFraction.ts'
import { formatUsd } from './formatUsd.ts'

test('default', () => {
  expect(formatUsd(1_234_567)).toBe('$1.23M')
  expect(formatUsd(0)).toBe('$0')
  expect(formatUsd(950.4)).toBe('$950')
})

test('behavior: units and small amounts', () => {
  expect(formatUsd(12_300)).toBe('$12.3K')
  expect(formatUsd(2_000_000_000)).toBe('$2B')
  expect(formatUsd(0.456)).toBe('$0.46')
  expect(formatUsd(-1500)).toBe('-$1.5K')
})

test('behavior: fractions as percentages', () => {
  expect(formatFraction('0.825')).toBe('82.5%')
  expect(formatFraction('0.05')).toBe('5%')
  expect(formatFraction(0.12345)).toBe('12.35%')
})
