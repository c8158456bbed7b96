import { env } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { handOverVerdict } from '../publications/handOverVerdict.ts'
import { listPublications } from '../publications/listPublications.ts'
import { updatePublication } from '../publications/updatePublication.ts'
import { recordProposal } from '../sources/recordProposal.ts'
import { acquireLease } from './acquireLease.ts'
import { releaseLease } from './releaseLease.ts'
import { renewLease } from './renewLease.ts'

const key = (name: string) => `governor:1:0xlease:${name}`

test('default: one holder at a time; released, the next takes it with a higher fencing token', async () => {
  const now = Date.now()
  const first = await acquireLease(env.DB, { key: key('default'), now })
  expect(first?.fence).toBe(1)
  expect(await acquireLease(env.DB, { key: key('default'), now: now + 1 })).toBeNull()
  await releaseLease(env.DB, first!)
  expect((await acquireLease(env.DB, { key: key('default'), now: now + 2 }))?.fence).toBe(2)
})

test('behavior: racing acquirers get one lease between them', async () => {
  const now = Date.now()
  const leases = await Promise.all(Array.from({ length: 8 }, () => acquireLease(env.DB, { key: key('race'), now })))
  expect(leases.filter(Boolean)).toHaveLength(1)
})

test('behavior: a holder that stalls past its expiry is replaced, and its writes are refused', async () => {
  const now = Date.now()
  const proposal = { source: 'governor' as const, chainId: 1, governor: '0xlease', id: 'stalled', title: 'Stalled holder', actions: [] }
  const { key: proposalKey, version } = await recordProposal(env.DB, { proposal, via: 'poll' })
  const stalled = (await acquireLease(env.DB, { key: proposalKey, now, ttlMs: 1_000 }))!
  const successor = (await acquireLease(env.DB, { key: proposalKey, now: now + 1_001 }))!
  expect(successor.fence).toBe(stalled.fence + 1)
  expect(await renewLease(env.DB, stalled, { now: now + 1_002 })).toBe(false)
  expect(await handOverVerdict(env.DB, stalled, { key: proposalKey, version, verdictId: 'v-stalled', publishers: ['discord'] })).toBe('lease-lost')
  expect(await listPublications(env.DB, proposalKey)).toEqual([])
  expect(await handOverVerdict(env.DB, successor, { key: proposalKey, version, verdictId: 'v-successor', publishers: ['discord'] })).toBe('handed-over')
  const [publication] = await listPublications(env.DB, proposalKey)
  expect(publication).toMatchObject({ state: 'pending', verdictId: 'v-successor', version })
  expect(await updatePublication(env.DB, stalled, publication, { state: 'posted', externalId: 'from-the-stalled-holder' })).toBeNull()
  expect(await updatePublication(env.DB, successor, publication, { state: 'posted', externalId: '42', postedVerdictId: 'v-successor' })).toMatchObject({ externalId: '42' })
  // Releasing a lease it no longer holds does not free its successor's.
  await releaseLease(env.DB, stalled)
  expect(await acquireLease(env.DB, { key: proposalKey, now: now + 1_003 })).toBeNull()
})
