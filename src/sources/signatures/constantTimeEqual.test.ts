import { expect, test } from 'vitest'
import { constantTimeEqual } from './constantTimeEqual.ts'

test('default', () => {
  expect(constantTimeEqual('abc', 'abc')).toBe(true)
})

test('behavior: differs in one byte, in length, or is empty against non-empty', () => {
  expect(constantTimeEqual('abc', 'abd')).toBe(false)
  expect(constantTimeEqual('abc', 'abcd')).toBe(false)
  expect(constantTimeEqual('', 'a')).toBe(false)
})
