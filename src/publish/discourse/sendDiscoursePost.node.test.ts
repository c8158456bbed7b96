import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { type DiscourseServer, startDiscourseServer } from '../../../test/servers/discourse.ts'
import { exampleVerdict } from '../../../test/verdicts/exampleVerdict.ts'
import { PublishError } from '../PublishError.ts'
import { renderMarkdown } from '../render/markdown.ts'
import type { DiscourseConfig } from './DiscourseConfig.ts'
import { findProposalTopic } from './findProposalTopic.ts'
import { sendDiscoursePost } from './sendDiscoursePost.ts'

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

const raw = renderMarkdown({ verdict: exampleVerdict(), pageUrl: 'https://firebreak.example/verdicts/v-example-1' })

test('default', async () => {
  const topic = forum.addTopic({ title: 'ARFC: raise wstETH LT', categoryId: 4 })
  const sent = await sendDiscoursePost({ config, topicId: topic.id, raw })
  expect(sent.edited).toBe(false)
  expect(forum.posts.get(sent.postId)).toMatchObject({ topic_id: topic.id, username: 'firebreak', raw })
  expect(forum.requests[0]).toMatchObject({ method: 'POST', path: '/posts.json', apiKey: 'test-api-key', apiUsername: 'firebreak' })
})

test('behavior: a re-check edits the bot’s own post', async () => {
  const topic = forum.addTopic({ title: 'Re-check', categoryId: 4 })
  const first = await sendDiscoursePost({ config, topicId: topic.id, raw })
  const again = renderMarkdown({ verdict: exampleVerdict({ level: 'PASS' }), pageUrl: 'https://firebreak.example/verdicts/v2' })
  const second = await sendDiscoursePost({ config, topicId: topic.id, postId: first.postId, raw: again })
  expect(second).toEqual({ postId: first.postId, edited: true })
  expect(forum.posts.get(first.postId)).toMatchObject({ raw: again, version: 2 })
  expect(forum.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /posts.json', `PUT /posts/${first.postId}.json`])
  expect([...forum.posts.values()].filter((post) => post.topic_id === topic.id)).toHaveLength(1)
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
  forum.failNext({ status: 429, waitSeconds: 12 })
  const error = await sendDiscoursePost({ config, topicId: topic.id, raw }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(PublishError)
  expect(error).toMatchObject({ retryable: true, retryAfterSeconds: 12 })
  forum.failNext({ status: 429, waitSeconds: 45, header: false })
  expect(await sendDiscoursePost({ config, topicId: topic.id, raw }).catch((caught: unknown) => caught)).toMatchObject({ retryAfterSeconds: 45 })
  expect([...forum.posts.values()].filter((post) => post.topic_id === topic.id)).toHaveLength(0)
})

test('errors: 5xx is retryable; a wrong key or an over-long post is not', async () => {
  const topic = forum.addTopic({ title: 'Errors', categoryId: 4 })
  forum.failNext({ status: 503 })
  expect(await sendDiscoursePost({ config, topicId: topic.id, raw }).catch((caught: unknown) => caught)).toMatchObject({ retryable: true })
  const wrongKey = await sendDiscoursePost({ config: { ...config, apiKey: 'nope' }, topicId: topic.id, raw }).catch((caught: unknown) => caught)
  expect(wrongKey).toMatchObject({ retryable: false })
  expect((wrongKey as PublishError).details).toContain('invalid_access')
  const tooLong = await sendDiscoursePost({ config, topicId: topic.id, raw: 'x'.repeat(32_001) }).catch((caught: unknown) => caught)
  expect((tooLong as PublishError).details).toContain('Body is limited to 32000 characters')
})
