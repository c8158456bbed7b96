// A small local Discourse on 127.0.0.1 for tests: the endpoints Firebreak uses, with Discourse's
// API-key auth, its post length limits and its rate-limit answer. Source: https://docs.discourse.org
// (POST /posts.json, PUT /posts/{id}.json, GET /t/{id}.json, GET /c/{slug}/{id}.json; Api-Key and
// Api-Username headers) and Discourse's RateLimiter (429 with error_type "rate_limit",
// extras.wait_seconds and a Retry-After header).
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readJson } from './readJson.ts'

export type DiscoursePost = { id: number; topic_id: number; post_number: number; username: string; raw: string; version: number }
export type DiscourseTopic = { id: number; title: string; slug: string; category_id: number }
export type DiscourseRequest = { method: string; path: string; apiKey?: string; apiUsername?: string; body: unknown }
export type DiscourseFailure =
  | { status: 429; waitSeconds: number; header?: boolean }
  | { status: 500 | 502 | 503 }

export type DiscourseServer = {
  url: string
  apiKey: string
  apiUsername: string
  requests: DiscourseRequest[]
  posts: Map<number, DiscoursePost>
  topics: Map<number, DiscourseTopic>
  addTopic(topic: { title: string; categoryId: number; slug?: string }): DiscourseTopic
  failNext(...failures: DiscourseFailure[]): void
  close(): Promise<void>
}

export type StartDiscourseServerParameters = { apiKey?: string; apiUsername?: string; maxPostLength?: number; minPostLength?: number }

export async function startDiscourseServer({
  apiKey = 'test-api-key',
  apiUsername = 'firebreak',
  maxPostLength = 32_000,
  minPostLength = 20,
}: StartDiscourseServerParameters = {}): Promise<DiscourseServer> {
  const requests: DiscourseRequest[] = []
  const posts = new Map<number, DiscoursePost>()
  const topics = new Map<number, DiscourseTopic>()
  const failures: DiscourseFailure[] = []
  let nextPostId = 1000
  let nextTopicId = 100

  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    response.end(JSON.stringify(body))
  }
  const rawErrors = (raw: unknown): string[] => {
    if (typeof raw !== 'string' || raw.trim().length < minPostLength) return [`Body must be at least ${minPostLength} characters`]
    if (raw.length > maxPostLength) return [`Body is limited to ${maxPostLength} characters; you entered ${raw.length}.`]
    return []
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const body = await readJson(request)
    // Control routes for tests running inside workerd, which cannot reach this object directly.
    if (url.pathname === '/__test/state') return send(response, 200, { requests, posts: [...posts.values()], topics: [...topics.values()] })
    if (url.pathname === '/__test/fail' && request.method === 'POST') {
      failures.push(...(body as DiscourseFailure[]))
      return send(response, 200, {})
    }
    if (url.pathname === '/__test/topics' && request.method === 'POST') return send(response, 200, addTopic(body as { title: string; categoryId: number }))
    const header = (name: string) => {
      const value = request.headers[name]
      return Array.isArray(value) ? value[0] : value
    }
    requests.push({ method: request.method ?? 'GET', path: url.pathname, apiKey: header('api-key'), apiUsername: header('api-username'), body })

    const failure = failures.shift()
    if (failure?.status === 429)
      return send(
        response,
        429,
        {
          errors: [`You’ve performed this action too many times. Please wait ${failure.waitSeconds} seconds before trying again.`],
          error_type: 'rate_limit',
          extras: { wait_seconds: failure.waitSeconds, time_left: `${failure.waitSeconds} seconds` },
        },
        failure.header === false ? {} : { 'retry-after': String(failure.waitSeconds) },
      )
    if (failure) return send(response, failure.status, { errors: ['Internal Server Error'] })
    if (header('api-key') !== apiKey || header('api-username') !== apiUsername)
      return send(response, 403, { errors: ['You are not permitted to view the requested resource. The API username or key is invalid.'], error_type: 'invalid_access' })
    if (body instanceof Error) return send(response, 400, { errors: ['Invalid JSON'], error_type: 'invalid_parameters' })

    const topicPath = url.pathname.match(/^\/t\/(?:[^/]+\/)?(\d+)\.json$/)
    if (request.method === 'GET' && topicPath) {
      const topic = topics.get(Number(topicPath[1]))
      if (!topic) return send(response, 404, { errors: ['The requested URL or resource could not be found.'], error_type: 'not_found' })
      const stream = [...posts.values()].filter((post) => post.topic_id === topic.id)
      return send(response, 200, { ...topic, post_stream: { posts: stream } })
    }
    const categoryPath = url.pathname.match(/^\/c\/(?:[^/]+\/)?(\d+)\.json$/)
    if (request.method === 'GET' && categoryPath) {
      const categoryId = Number(categoryPath[1])
      const list = [...topics.values()].filter((topic) => topic.category_id === categoryId)
      return send(response, 200, { topic_list: { topics: list } })
    }
    if (request.method === 'POST' && url.pathname === '/posts.json') {
      const { topic_id: topicId, raw } = (body ?? {}) as { topic_id?: number; raw?: string }
      const errors = rawErrors(raw)
      if (errors.length) return send(response, 422, { errors, error_type: 'invalid_parameters' })
      if (!topics.has(Number(topicId))) return send(response, 404, { errors: ['Topic not found'], error_type: 'not_found' })
      const count = [...posts.values()].filter((post) => post.topic_id === Number(topicId)).length
      const post: DiscoursePost = { id: nextPostId++, topic_id: Number(topicId), post_number: count + 2, username: apiUsername, raw: raw as string, version: 1 }
      posts.set(post.id, post)
      return send(response, 200, post)
    }
    const postPath = url.pathname.match(/^\/posts\/(\d+)\.json$/)
    if (request.method === 'PUT' && postPath) {
      const post = posts.get(Number(postPath[1]))
      if (!post) return send(response, 404, { errors: ['The requested URL or resource could not be found.'], error_type: 'not_found' })
      if (post.username !== apiUsername) return send(response, 403, { errors: ['You are not permitted to edit this post.'], error_type: 'invalid_access' })
      const raw = (body as { post?: { raw?: string } } | undefined)?.post?.raw
      const errors = rawErrors(raw)
      if (errors.length) return send(response, 422, { errors, error_type: 'invalid_parameters' })
      const updated = { ...post, raw: raw as string, version: post.version + 1 }
      posts.set(post.id, updated)
      return send(response, 200, { post: updated })
    }
    return send(response, 404, { errors: ['The requested URL or resource could not be found.'], error_type: 'not_found' })
  })

  function addTopic({ title, categoryId, slug }: { title: string; categoryId: number; slug?: string }): DiscourseTopic {
    const topic = { id: nextTopicId++, title, slug: slug ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), category_id: categoryId }
    topics.set(topic.id, topic)
    return topic
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.unref()
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    apiUsername,
    requests,
    posts,
    topics,
    addTopic,
    failNext: (...next) => void failures.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
