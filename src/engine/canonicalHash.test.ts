import { expect, test } from 'vitest'
import { canonicalHash } from './canonicalHash.ts'

test('default', async () => {
  // sha-256 of the canonical text {"a":1,"b":[{"c":2,"d":3}]}
  expect(await canonicalHash({ b: [{ d: 3, c: 2 }], a: 1 })).toBe('6869a8ab5c887029ff4d86a46a7f24d05d0139caedce03f30c94cf205a91b055')
})

test('behavior: key order does not matter, values and array order do', async () => {
  const hash = await canonicalHash({ x: { p: '1', q: [1, 2] }, y: true })
  expect(await canonicalHash({ y: true, x: { q: [1, 2], p: '1' } })).toBe(hash)
  expect(await canonicalHash({ y: true, x: { q: [2, 1], p: '1' } })).not.toBe(hash)
  expect(await canonicalHash({ y: true, x: { q: [1, 2], p: '1.0' } })).not.toBe(hash)
})

test('behavior: undefined fields are dropped like JSON.stringify drops them', async () => {
  expect(await canonicalHash({ a: 1, b: undefined })).toBe(await canonicalHash({ a: 1 }))
})
