import { expect, test } from 'vitest'
import { hmacSha256Hex } from './hmacSha256Hex.ts'

test('default: RFC 4231 test case 2', async () => {
  expect(await hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
})

test('behavior: the widely published "quick brown fox" vector', async () => {
  expect(await hmacSha256Hex('key', 'The quick brown fox jumps over the lazy dog')).toBe('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8')
})
