import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import compound43 from '../../../fixtures/sources/compound-proposal-043-getActions.json'
import type { Address, Hex, Proposal } from '../../model.ts'
import { checkProposal } from '../../pipeline.ts'
import { listProposalStates } from '../../store/sources/listProposalStates.ts'
import { recordProposal } from '../../store/sources/recordProposal.ts'
import worker from '../../worker.ts'
import type { CheckMessage } from './checkMessage.ts'
import { consumeChecks } from './consumeChecks.ts'

// Compound proposal 43's exact actions (GovernorBravo.getActions(43)); `id` varies per test so rows do not collide.
const proposal = (id: string, title = 'Compound proposal 43'): Proposal => ({
  source: 'governor-bravo',
  chainId: 1,
  governor: '0xc0da02939e1441f497fd74f78ce7decb17b66529',
  id,
  title,
  actions: compound43.targets.map((target, index) => ({
    target: target.toLowerCase() as Address,
    value: String(compound43.values[index]),
    signature: compound43.signatures[index],
    calldata: compound43.calldatas[index] as Hex,
    withDelegateCall: false,
  })),
})

const message = (body: CheckMessage, attempts = 1, id = crypto.randomUUID()) => ({ id, timestamp: new Date(), attempts, body })
const stateOf = async (key: string) => (await listProposalStates(env.DB)).find((row) => row.key === key)

test('default: the queue handler checks a discovered proposal once, stores the verdict and marks it posted', async () => {
  const { key, version, outcome } = await recordProposal(env.DB, { proposal: proposal('43'), via: 'poll' })
  expect(outcome).toBe('new')
  const batch = createMessageBatch<CheckMessage>('firebreak-checks', [message({ key, version })])
  const context = createExecutionContext()
  await worker.queue(batch, env)
  const result = await getQueueResult(batch, context)
  expect(result.explicitAcks).toHaveLength(1)
  expect(result.retryMessages).toEqual([])
  const state = await stateOf(key)
  expect(state).toMatchObject({ state: 'posted', attempts: 1, reason: null })
  const verdict = await env.DB.prepare('SELECT proposal_key FROM verdicts WHERE id = ?').bind(state!.verdictId).first<{ proposal_key: string }>()
  expect(verdict?.proposal_key).toBe(key)
  const listed = (await (await exports.default.fetch('http://firebreak.test/v1/proposals?state=posted')).json()) as { proposals: { key: string }[] }
  expect(listed.proposals.map((row) => row.key)).toContain(key)
})

test('behavior: duplicate and redelivered messages run the check once', async () => {
  const { key, version } = await recordProposal(env.DB, { proposal: proposal('43-dup'), via: 'alchemy' })
  let checks = 0
  const counting: typeof checkProposal = async (...args) => {
    checks++
    return checkProposal(...args)
  }
  const batch = createMessageBatch<CheckMessage>('firebreak-checks', [message({ key, version }), message({ key, version })])
  const context = createExecutionContext()
  await consumeChecks(batch, env, { check: counting })
  const redelivered = createMessageBatch<CheckMessage>('firebreak-checks', [message({ key, version }, 2)])
  await consumeChecks(redelivered, env, { check: counting })
  expect(checks).toBe(1)
  expect((await getQueueResult(batch, context)).explicitAcks).toHaveLength(2)
  expect(await stateOf(key)).toMatchObject({ state: 'posted' })
})

test('behavior: duplicate webhooks and overlapping crons record one version once; an edit is a new version', async () => {
  const first = await recordProposal(env.DB, { proposal: proposal('43-edit'), via: 'alchemy', revision: 10 })
  const again = await recordProposal(env.DB, { proposal: proposal('43-edit'), via: 'poll', revision: 10 })
  expect([first.outcome, again.outcome]).toEqual(['new', 'duplicate'])
  const edited = await recordProposal(env.DB, { proposal: proposal('43-edit', 'Compound proposal 43 (edited)'), via: 'snapshot', revision: 11 })
  expect(edited.outcome).toBe('new')
  expect(edited.key).toBe(first.key)
  expect(edited.version).not.toBe(first.version)
})

test('behavior: an out-of-order delivery of an older version neither replaces the newer one nor queues a check', async () => {
  const newer = await recordProposal(env.DB, { proposal: proposal('43-order', 'v2'), via: 'discourse', revision: 2 })
  const older = await recordProposal(env.DB, { proposal: proposal('43-order', 'v1'), via: 'poll', revision: 1 })
  expect(older.outcome).toBe('stale')
  expect(await stateOf(newer.key)).toMatchObject({ title: 'v2', state: 'seen' })
  // The message queued for v2 still claims v2; a message for v1 finds nothing to do.
  let checks = 0
  const batch = createMessageBatch<CheckMessage>('firebreak-checks', [message({ key: older.key, version: older.version }), message({ key: newer.key, version: newer.version })])
  await consumeChecks(batch, env, {
    check: async (...args) => {
      checks++
      return checkProposal(...args)
    },
  })
  expect(checks).toBe(1)
  expect(await stateOf(newer.key)).toMatchObject({ title: 'v2', state: 'posted' })
})

test('errors: a failing check is retried with backoff and its reason shown; it posts once the check succeeds', async () => {
  const { key, version } = await recordProposal(env.DB, { proposal: proposal('43-fail'), via: 'poll' })
  const failing = createMessageBatch<CheckMessage>('firebreak-checks', [message({ key, version }, 3)])
  const context = createExecutionContext()
  await consumeChecks(failing, env, {
    check: async () => {
      throw new Error('RPC timed out loading the market state')
    },
  })
  const result = await getQueueResult(failing, context)
  expect(result.retryMessages.map((retry) => retry.msgId)).toEqual([failing.messages[0].id])
  expect(await stateOf(key)).toMatchObject({ state: 'failed', reason: 'attempt 3: RPC timed out loading the market state' })
  await consumeChecks(createMessageBatch<CheckMessage>('firebreak-checks', [message({ key, version }, 4)]), env)
  expect(await stateOf(key)).toMatchObject({ state: 'posted', reason: null, attempts: 2 })
})

test('errors: dead letters are marked failed for good; malformed messages are dropped with nothing stored', async () => {
  const { key, version } = await recordProposal(env.DB, { proposal: proposal('43-dead'), via: 'poll' })
  const before = (await listProposalStates(env.DB)).length
  const batch = createMessageBatch<CheckMessage>('firebreak-checks-dlq', [message({ key, version }, 6)])
  const context = createExecutionContext()
  await worker.queue(batch, env)
  expect((await getQueueResult(batch, context)).explicitAcks).toHaveLength(1)
  expect(await stateOf(key)).toMatchObject({ state: 'failed', reason: 'gave up after 6 deliveries on firebreak-checks' })
  const malformed = createMessageBatch<CheckMessage>('firebreak-checks', [message({ nope: true } as unknown as CheckMessage)])
  const malformedContext = createExecutionContext()
  await worker.queue(malformed, env)
  expect((await getQueueResult(malformed, malformedContext)).explicitAcks).toHaveLength(1)
  expect((await listProposalStates(env.DB)).length).toBe(before)
})
