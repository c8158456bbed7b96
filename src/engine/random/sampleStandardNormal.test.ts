import { expect, test } from 'vitest'
import { mulberry32 } from './mulberry32.ts'
import { sampleStandardNormal } from './sampleStandardNormal.ts'

test('default', () => {
  const random = mulberry32(3)
  const draws = Array.from({ length: 20_000 }, () => sampleStandardNormal(random))
  const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length
  const variance = draws.reduce((sum, value) => sum + (value - mean) ** 2, 0) / draws.length
  expect(Math.abs(mean)).toBeLessThan(0.03)
  expect(variance).toBeGreaterThan(0.95)
  expect(variance).toBeLessThan(1.05)
  expect(draws.every(Number.isFinite)).toBe(true)
})
