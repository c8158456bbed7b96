import { expect, test } from 'vitest'
import { seededRandom } from './seededRandom.ts'

test('default: the same seed gives the same stream', () => {
  const first = seededRandom(42)
  const second = seededRandom(42)
  const a = Array.from({ length: 5 }, () => first.uniform())
  expect(a).toEqual(Array.from({ length: 5 }, () => second.uniform()))
  expect(a).not.toEqual(Array.from({ length: 5 }, () => seededRandom(43).uniform()))
})

test('behavior: moments of uniform, normal and unit-variance Student-t', () => {
  const random = seededRandom(7)
  const count = 200_000
  let uniformSum = 0
  let normalSquares = 0
  let tSquares = 0
  let tBeyond4 = 0
  for (let i = 0; i < count; i++) {
    uniformSum += random.uniform()
    normalSquares += random.normal() ** 2
    const t = random.studentT(4)
    tSquares += t * t
    if (Math.abs(t) > 4) tBeyond4++
  }
  expect(uniformSum / count).toBeCloseTo(0.5, 2)
  expect(normalSquares / count).toBeCloseTo(1, 1)
  expect(tSquares / count).toBeGreaterThan(0.85)
  expect(tSquares / count).toBeLessThan(1.15)
  // Fat tails: a unit-variance t₄ exceeds 4 far more often than a normal (6.3e-5).
  expect(tBeyond4 / count).toBeGreaterThan(1e-3)
})
