import { expect, test } from 'vitest'
import { hmacSha256Hex } from './hmacSha256Hex.ts'
import { verifyQuickNodeSignature } from './verifyQuickNodeSignature.ts'

const securityToken = 'qn_test_token'
const body = '[{"address":"0x0","topics":[],"data":"0x"}]'
const now = new Date('2026-11-25T15:00:00Z')
const timestamp = String(now.getTime() / 1000)
const nonce = 'b9f4c1d2'

test('default: HMAC over nonce + timestamp + body', async () => {
  const signature = await hmacSha256Hex(securityToken, nonce + timestamp + body)
  expect(await verifyQuickNodeSignature({ body, nonce, timestamp, signature, securityToken, now })).toBe(true)
})

test('errors: signature over the body alone, a stale timestamp, or missing headers fail', async () => {
  const bodyOnly = await hmacSha256Hex(securityToken, body)
  expect(await verifyQuickNodeSignature({ body, nonce, timestamp, signature: bodyOnly, securityToken, now })).toBe(false)
  const stale = String(now.getTime() / 1000 - 3600)
  const staleSignature = await hmacSha256Hex(securityToken, nonce + stale + body)
  expect(await verifyQuickNodeSignature({ body, nonce, timestamp: stale, signature: staleSignature, securityToken, now })).toBe(false)
  expect(await verifyQuickNodeSignature({ body, nonce: null, timestamp, signature: bodyOnly, securityToken, now })).toBe(false)
})
