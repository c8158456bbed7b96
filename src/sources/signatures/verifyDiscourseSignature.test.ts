import { expect, test } from 'vitest'
import { hmacSha256Hex } from './hmacSha256Hex.ts'
import { verifyDiscourseSignature } from './verifyDiscourseSignature.ts'

const secret = 'discourse-webhook-secret'
const body = '{"post":{"id":1,"topic_id":2,"post_number":1,"raw":"hello"}}'

test('default', async () => {
  expect(await verifyDiscourseSignature({ body, secret, signature: `sha256=${await hmacSha256Hex(secret, body)}` })).toBe(true)
})

test('errors: a bare hex digest without the sha256= prefix, or a wrong secret, fail', async () => {
  expect(await verifyDiscourseSignature({ body, secret, signature: await hmacSha256Hex(secret, body) })).toBe(false)
  expect(await verifyDiscourseSignature({ body, secret, signature: `sha256=${await hmacSha256Hex('wrong', body)}` })).toBe(false)
})
