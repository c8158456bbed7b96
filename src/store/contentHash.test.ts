import { expect, test } from 'vitest'
import { contentHash } from './contentHash.ts'

test('default: sha-256 of the canonical JSON', async () => {
  // sha-256 of the text {"a":1} (echo -n '{"a":1}' | sha256sum)
  expect(await contentHash({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862')
})

test('behavior: key order and undefined fields do not change the hash', async () => {
  const hash = await contentHash({ b: [1, { d: 'x', c: true }], a: null })
  expect(await contentHash({ a: null, b: [1, { c: true, d: 'x', e: undefined }] })).toBe(hash)
  expect(await contentHash({ a: null, b: [1, { c: false, d: 'x' }] })).not.toBe(hash)
})

test('errors: bigint is refused rather than silently stringified', async () => {
  await expect(contentHash({ a: 1n })).rejects.toThrow(/bigint/)
})
