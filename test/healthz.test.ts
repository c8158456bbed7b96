import { exports } from 'cloudflare:workers'
import { expect, test } from 'vitest'

test('default', async () => {
  const response = await exports.default.fetch('http://firebreak.test/healthz')
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ ok: true })
})
