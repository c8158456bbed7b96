import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { type DiscourseServer, startDiscourseServer } from '../../../test/servers/discourse.ts'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { PublishError } from '../PublishError.ts'
import { renderMarkdown } from '../render/markdown.ts'
import { createDiscoursePost } from './createDiscoursePost.ts'
import type { DiscourseConfig } from './DiscourseConfig.ts'
import { discourseRequest } from './discourseRequest.ts'
import { editDiscoursePost } from './editDiscoursePost.ts'
import { findDiscoursePost } from './findDiscoursePost.ts'
import { findProposalTopic } from './findProposalTopic.ts'

let forum: DiscourseServer
let config: DiscourseConfig
beforeAll(async () => {
  forum = await startDiscourseServer()
  config = { url: forum.url, apiKey: forum.apiKey, apiUsername: forum.apiUsername, category: 'governance/4' }
})
afterAll(async () => {
  await forum.close()
})
beforeEach(() => {
  forum.requests.length = 0
})

let pages = 0
/** A reply for a verdict of its own (Discourse refuses the same text from one user twice within minutes). */
const reply = (level: 'FAIL' | 'PASS' = 'FAIL') => {
  const pageUrl = `https://firebreak.example/verdicts/v-${pages++}`
  return { pageUrl, raw: renderMarkdown({ verdict: exampleVerdict({ level }), pageUrl }) }
}

test('default', async () => {
  const topic = forum.addTopic({ title: 'ARFC: raise wstETH LT', categoryId: 4 })
  const { raw } = reply()
  const postId = await createDiscoursePost({ config, topicId: topic.id, raw })
  expect(forum.posts.get(postId)).toMatchObject({ topic_id: topic.id, username: 'firebreak', raw })
  expect(forum.requests[0]).toMatchObject({ method: 'POST', path: '/posts.json', apiKey: 'test-api-key', apiUsername: 'firebreak' })
})

test('behavior: a re-check edits the bot’s own post; a deleted post reports false', async () => {
  const topic = forum.addTopic({ title: 'Re-check', categoryId: 4 })
  const postId = await createDiscoursePost({ config, topicId: topic.id, raw: reply().raw })
  const again = reply('PASS').raw
  expect(await editDiscoursePost({ config, postId, raw: again })).toBe(true)
  expect(forum.posts.get(postId)).toMatchObject({ raw: again, version: 2 })
  expect(await editDiscoursePost({ config, postId: 999_999, raw: again })).toBe(false)
  expect(forum.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /posts.json', `PUT /posts/${postId}.json`, 'PUT /posts/999999.json'])
})

test('behavior: the reply a create made before answering 502 is found by the page it links', async () => {
  const topic = forum.addTopic({ title: 'Ambiguous', categoryId: 4 })
  const other = reply()
  await createDiscoursePost({ config, topicId: topic.id, raw: other.raw })
  const ours = reply()
  forum.failNext({ status: 502, commit: true })
  const failed = await createDiscoursePost({ config, topicId: topic.id, raw: ours.raw }).catch((caught: unknown) => caught)
  expect(failed).toMatchObject({ ambiguous: true })
  const made = [...forum.posts.values()].find((post) => post.raw === ours.raw)
  expect(await findDiscoursePost({ config, topicId: topic.id, link: ours.pageUrl })).toBe(made?.id)
  expect(await findDiscoursePost({ config, topicId: topic.id, link: 'https://firebreak.example/verdicts/never-posted' })).toBeNull()
  // Creating it again instead is what Discourse's duplicate guard refuses.
  const again = await createDiscoursePost({ config, topicId: topic.id, raw: ours.raw }).catch((caught: unknown) => caught)
  expect((again as PublishError).details).toContain('too similar')
})

test('behavior: finds the thread from the link in the description, else by title in the category', async () => {
  const linked = forum.addTopic({ title: 'Something else', categoryId: 9 })
  const byLink = await findProposalTopic({
    config,
    proposal: { title: 'Raise caps', body: `Discussion: ${forum.url}/t/${linked.slug}/${linked.id} and more` },
  })
  expect(byLink).toBe(linked.id)
  const titled = forum.addTopic({ title: '[ARFC] Chaos Labs — Risk Parameter Updates 2026-11-20', categoryId: 4 })
  expect(await findProposalTopic({ config, proposal: { title: '[ARFC] Chaos Labs - Risk Parameter Updates 2026-11-20' } })).toBe(titled.id)
  expect(await findProposalTopic({ config, proposal: { title: 'No such thread' } })).toBeNull()
})

test('errors: 429 carries Retry-After, or extras.wait_seconds without the header', async () => {
  const topic = forum.addTopic({ title: 'Rate limited', categoryId: 4 })
  forum.failNext({ status: 429, retryAfter: 12 })
  const error = await createDiscoursePost({ config, topicId: topic.id, raw: reply().raw }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(PublishError)
  expect(error).toMatchObject({ retryable: true, retryAfterSeconds: 12, ambiguous: false })
  forum.failNext({ status: 429, retryAfter: 45, header: false })
  expect(await createDiscoursePost({ config, topicId: topic.id, raw: reply().raw }).catch((caught: unknown) => caught)).toMatchObject({ retryAfterSeconds: 45 })
  expect([...forum.posts.values()].filter((post) => post.topic_id === topic.id)).toHaveLength(0)
})

test('errors: 5xx is retryable; a wrong key or an over-long post is not; a hanging forum times out', async () => {
  const topic = forum.addTopic({ title: 'Errors', categoryId: 4 })
  forum.failNext({ status: 503 })
  expect(await createDiscoursePost({ config, topicId: topic.id, raw: reply().raw }).catch((caught: unknown) => caught)).toMatchObject({ retryable: true })
  const wrongKey = await createDiscoursePost({ config: { ...config, apiKey: 'nope' }, topicId: topic.id, raw: reply().raw }).catch((caught: unknown) => caught)
  expect(wrongKey).toMatchObject({ retryable: false })
  expect((wrongKey as PublishError).details).toContain('invalid_access')
  const tooLong = await createDiscoursePost({ config, topicId: topic.id, raw: 'x'.repeat(32_001) }).catch((caught: unknown) => caught)
  expect((tooLong as PublishError).details).toContain('Body is limited to 32000 characters')
  forum.failNext({ delayMs: 1_500 })
  const started = Date.now()
  const slow = await discourseRequest({ config, method: 'GET', path: `/t/${topic.id}.json`, timeoutMs: 300 }).catch((caught: unknown) => caught)
  expect(Date.now() - started).toBeLessThan(1_400)
  expect(slow).toMatchObject({ retryable: true, ambiguous: true })
})
