import { expect, test } from 'vitest'
import { hmacSha256Hex } from './hmacSha256Hex.ts'
import { verifyAlchemySignature } from './verifyAlchemySignature.ts'

const signingKey = 'whsec_test_alchemy'
const body = '{"webhookId":"wh_1","id":"whevt_1","type":"GRAPHQL","event":{"data":{"block":{"logs":[]}}}}'

test('default', async () => {
  const signature = await hmacSha256Hex(signingKey, body)
  expect(await verifyAlchemySignature({ body, signature, signingKey })).toBe(true)
})

test('errors: a changed body, another key, or no header fail', async () => {
  const signature = await hmacSha256Hex(signingKey, body)
  expect(await verifyAlchemySignature({ body: body.replace('wh_1', 'wh_2'), signature, signingKey })).toBe(false)
  expect(await verifyAlchemySignature({ body, signature: await hmacSha256Hex('other', body), signingKey })).toBe(false)
  expect(await verifyAlchemySignature({ body, signature: null, signingKey })).toBe(false)
})
