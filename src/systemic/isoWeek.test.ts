import { expect, test } from 'vitest'
import { isoWeek } from './isoWeek.ts'

test('default: a Wednesday in late November 2026 is in week 48', () => {
  expect(isoWeek(new Date('2026-11-25T15:30:00Z'))).toBe('2026-W48')
})

test('behavior: weeks start on Monday, and the first days of January can belong to the last year’s week (ISO 8601)', () => {
  expect(isoWeek(new Date('2026-11-29T23:59:59Z'))).toBe('2026-W48') // Sunday
  expect(isoWeek(new Date('2026-11-30T00:00:00Z'))).toBe('2026-W49') // Monday
  expect(isoWeek(new Date('2021-01-03T12:00:00Z'))).toBe('2020-W53')
  expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01')
})
