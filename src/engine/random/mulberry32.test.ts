import { expect, test } from 'vitest'
import { mulberry32 } from './mulberry32.ts'

test('default', () => {
  const random = mulberry32(42)
  expect(random()).toBe(0.6011037519201636)
  expect(random()).toBe(0.44829055899754167)
})

test('behavior: same seed, same sequence; another seed, another sequence', () => {
  const first = mulberry32(7)
  const second = mulberry32(7)
  const other = mulberry32(8)
  const a = Array.from({ length: 1000 }, () => first())
  expect(Array.from({ length: 1000 }, () => second())).toEqual(a)
  expect(Array.from({ length: 1000 }, () => other())).not.toEqual(a)
})

test('behavior: uniform on [0, 1)', () => {
  const random = mulberry32(1)
  const draws = Array.from({ length: 20_000 }, () => random())
  expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
  expect(Math.max(...draws)).toBeLessThan(1)
  const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length
  expect(mean).toBeCloseTo(0.5, 2)
})
