import { env } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { readPublication } from './readPublication.ts'
import { writePublication } from './writePublication.ts'

const key = 'snapshot:1:aave.eth:0xabc'

test('default: a publisher finds where it posted a proposal verdict', async () => {
  expect(await readPublication(env.DB, key, 'discord')).toBeNull()
  await writePublication(env.DB, { proposalKey: key, publisher: 'discord', externalId: '1187654321', verdictId: 'v1', updatedAt: '2026-11-25T15:00:00.000Z' })
  expect(await readPublication(env.DB, key, 'discord')).toEqual({ proposalKey: key, publisher: 'discord', externalId: '1187654321', verdictId: 'v1', updatedAt: '2026-11-25T15:00:00.000Z' })
})

test('behavior: a new verdict for the same proposal replaces the row (edit in place), per publisher', async () => {
  await writePublication(env.DB, { proposalKey: key, publisher: 'discord', externalId: '1187654321', verdictId: 'v2', updatedAt: '2026-11-25T16:00:00.000Z' })
  await writePublication(env.DB, { proposalKey: key, publisher: 'discourse', externalId: '42', verdictId: 'v2', updatedAt: '2026-11-25T16:00:00.000Z' })
  expect(await readPublication(env.DB, key, 'discord')).toMatchObject({ externalId: '1187654321', verdictId: 'v2' })
  expect(await readPublication(env.DB, key, 'discourse')).toMatchObject({ externalId: '42' })
})
