import { env, exports } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { demoProposals } from '../fixtures/proposals/demo.ts'

test('default: with SEED_FIXTURES the first page view checks the fixture proposals once', async () => {
  const seeded = { ...env, SEED_FIXTURES: 'true' }
  const { app } = await import('../src/http/app.ts')
  const first = await app.request('/', {}, seeded)
  expect(first.status).toBe(200)
  const count = async () => (await env.DB.prepare('SELECT COUNT(*) AS count FROM verdicts').first<{ count: number }>())?.count
  expect(await count()).toBe(demoProposals.length)
  const html = await first.text()
  expect(html).toContain('Risk Parameter Updates')
  await app.request('/', {}, seeded)
  expect(await count()).toBe(demoProposals.length)
  // Without the flag the worker never seeds.
  expect((await exports.default.fetch('http://firebreak.test/')).status).toBe(200)
})
