import { expect, test } from 'vitest'
import { retryDelaySeconds } from './retryDelaySeconds.ts'

test('default: doubles from 30 s', () => {
  expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240])
})

test('behavior: capped at one hour', () => {
  expect(retryDelaySeconds(20)).toBe(3600)
})
