import { expect, test } from 'vitest'
import { signInteraction, testApplication } from '../../test/discord/testApplication.ts'
import { verifyDiscordSignature } from './verifyDiscordSignature.ts'

const body = JSON.stringify({ type: 1, id: '1', application_id: testApplication.id })

test('default', async () => {
  const headers = await signInteraction(body)
  const result = await verifyDiscordSignature({
    publicKey: testApplication.publicKey,
    signature: headers['x-signature-ed25519'],
    timestamp: headers['x-signature-timestamp'],
    body,
  })
  expect(result).toEqual({ ok: true })
})

test('errors: a signature by another key', async () => {
  const other = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, other.privateKey, new TextEncoder().encode(timestamp + body)))
  const hex = [...signature].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  expect(await verifyDiscordSignature({ publicKey: testApplication.publicKey, signature: hex, timestamp, body })).toEqual({
    ok: false,
    reason: 'invalid request signature',
  })
})

test('errors: a tampered body', async () => {
  const headers = await signInteraction(body)
  const result = await verifyDiscordSignature({
    publicKey: testApplication.publicKey,
    signature: headers['x-signature-ed25519'],
    timestamp: headers['x-signature-timestamp'],
    body: body.replace('"type":1', '"type":2'),
  })
  expect(result).toEqual({ ok: false, reason: 'invalid request signature' })
})

test('errors: a stale timestamp, even correctly signed', async () => {
  const stale = String(Math.floor(Date.now() / 1000) - 3600)
  const headers = await signInteraction(body, stale)
  const result = await verifyDiscordSignature({
    publicKey: testApplication.publicKey,
    signature: headers['x-signature-ed25519'],
    timestamp: stale,
    body,
  })
  expect(result).toEqual({ ok: false, reason: 'X-Signature-Timestamp is not within the accepted window' })
})

test('errors: missing or malformed headers', async () => {
  expect(await verifyDiscordSignature({ publicKey: testApplication.publicKey, signature: null, timestamp: '1', body })).toMatchObject({ ok: false })
  expect(
    await verifyDiscordSignature({ publicKey: testApplication.publicKey, signature: 'zz', timestamp: String(Math.floor(Date.now() / 1000)), body }),
  ).toEqual({ ok: false, reason: 'X-Signature-Ed25519 is not 64 hex bytes' })
})
