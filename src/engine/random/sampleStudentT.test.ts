import { expect, test } from 'vitest'
import { mulberry32 } from './mulberry32.ts'
import { sampleStudentT } from './sampleStudentT.ts'

test('default: unit variance and fat tails', () => {
  const random = mulberry32(7)
  const count = 200_000
  let squares = 0
  let beyond4 = 0
  for (let i = 0; i < count; i++) {
    const t = sampleStudentT(random, 4)
    squares += t * t
    if (Math.abs(t) > 4) beyond4++
  }
  expect(squares / count).toBeGreaterThan(0.85)
  expect(squares / count).toBeLessThan(1.15)
  // A unit-variance t₄ passes 4 about 0.5 % of the time (|t₄| > 5.66); a normal 0.006 %.
  expect(beyond4 / count).toBeGreaterThan(2e-3)
  expect(beyond4 / count).toBeLessThan(1e-2)
})

test('behavior: the same seed gives the same draws', () => {
  const a = mulberry32(3)
  const b = mulberry32(3)
  expect(Array.from({ length: 4 }, () => sampleStudentT(a, 4))).toEqual(Array.from({ length: 4 }, () => sampleStudentT(b, 4)))
})
