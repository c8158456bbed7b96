// A small local Discourse on 127.0.0.1 for tests: the endpoints Firebreak uses, with Discourse's
// API-key auth, its post length limits, its duplicate-post guard and its rate-limit answer. Source:
// https://docs.discourse.org (POST /posts.json, PUT /posts/{id}.json, GET /posts/{id}.json, GET /t/{id}.json
// with post_stream.posts (the first 20) and post_stream.stream (every post id), GET /t/{id}/posts.json with
// post_ids[], GET /c/{slug}/{id}.json; Api-Key and Api-Username headers), Discourse's site settings
// (`min_post_length` 20, `max_post_length` 32000, `unique_posts_mins` 5: "How many minutes before a user can
// make a post with the same content again") and its RateLimiter (429 with error_type "rate_limit",
// extras.wait_seconds and a Retry-After header). Faults (test/servers/faults.ts) reproduce 429s, 5xx,
// outages, slow answers and replies that were created but answered 502.
import { createServer, type ServerResponse } from 'node:http'
import { createFaults, type Fault, type FaultPlan, faultControls, sleep } from './faults.ts'
import { listen } from './listen.ts'
import { readJson } from './readJson.ts'

export type DiscoursePost = { id: number; topic_id: number; post_number: number; username: string; raw: string; cooked: string; version: number; created_at: string }
export type DiscourseTopic = { id: number; title: string; slug: string; category_id: number }
export type DiscourseRequest = { method: string; path: string; apiKey?: string; apiUsername?: string; body: unknown }

export type DiscourseServer = {
  url: string
  apiKey: string
  apiUsername: string
  requests: DiscourseRequest[]
  posts: Map<number, DiscoursePost>
  topics: Map<number, DiscourseTopic>
  addTopic(topic: { title: string; categoryId: number; slug?: string }): DiscourseTopic
  close(): Promise<void>
} & ReturnType<typeof faultControls>

export type StartDiscourseServerParameters = { apiKey?: string; apiUsername?: string; maxPostLength?: number; minPostLength?: number; uniquePostsMinutes?: number }

export async function startDiscourseServer({
  apiKey = 'test-api-key',
  apiUsername = 'firebreak',
  maxPostLength = 32_000,
  minPostLength = 20,
  uniquePostsMinutes = 5,
}: StartDiscourseServerParameters = {}): Promise<DiscourseServer> {
  const requests: DiscourseRequest[] = []
  const posts = new Map<number, DiscoursePost>()
  const topics = new Map<number, DiscourseTopic>()
  const faults = createFaults()
  let nextPostId = 1000
  let nextTopicId = 100

  type Answer = { status: number; body: unknown; headers?: Record<string, string> }
  const notFound: Answer = { status: 404, body: { errors: ['The requested URL or resource could not be found.'], error_type: 'not_found' } }
  const send = (response: ServerResponse, { status, body, headers = {} }: Answer) => {
    if (response.destroyed) return
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    response.end(JSON.stringify(body))
  }
  const faultAnswer = (fault: Fault & { status: number }): Answer => {
    if (fault.status !== 429) return { status: fault.status, body: { errors: ['Internal Server Error'] } }
    const wait = fault.retryAfter ?? 1
    return {
      status: 429,
      body: {
        errors: [`You’ve performed this action too many times. Please wait ${wait} seconds before trying again.`],
        error_type: 'rate_limit',
        extras: { wait_seconds: wait, time_left: `${wait} seconds` },
      },
      headers: fault.header === false ? {} : { 'retry-after': String(wait) },
    }
  }
  const rawErrors = (raw: unknown): string[] => {
    if (typeof raw !== 'string' || raw.trim().length < minPostLength) return [`Body must be at least ${minPostLength} characters`]
    if (raw.length > maxPostLength) return [`Body is limited to ${maxPostLength} characters; you entered ${raw.length}.`]
    return []
  }
  const topicPosts = (topicId: number) => [...posts.values()].filter((post) => post.topic_id === topicId).sort((a, b) => a.post_number - b.post_number)

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const body = await readJson(request)
    // Control routes for tests running inside workerd, which cannot reach this object directly.
    if (url.pathname === '/__test/state') return send(response, { status: 200, body: { requests, posts: [...posts.values()], topics: [...topics.values()], faultsInjected: faults.injected() } })
    if (url.pathname === '/__test/fail' && request.method === 'POST') {
      faults.plan(body as FaultPlan)
      return send(response, { status: 200, body: {} })
    }
    if (url.pathname === '/__test/reset' && request.method === 'POST') {
      requests.length = 0
      faults.reset()
      return send(response, { status: 200, body: {} })
    }
    if (url.pathname === '/__test/topics' && request.method === 'POST') return send(response, { status: 200, body: addTopic(body as { title: string; categoryId: number }) })
    const header = (name: string) => {
      const value = request.headers[name]
      return Array.isArray(value) ? value[0] : value
    }
    requests.push({ method: request.method ?? 'GET', path: `${url.pathname}${url.search}`, apiKey: header('api-key'), apiUsername: header('api-username'), body })
    const fault = faults.take()
    if (fault?.delayMs) await sleep(fault.delayMs)
    if (fault?.status && !fault.commit) return send(response, faultAnswer({ ...fault, status: fault.status }))
    const answer: Answer =
      header('api-key') !== apiKey || header('api-username') !== apiUsername
        ? { status: 403, body: { errors: ['You are not permitted to view the requested resource. The API username or key is invalid.'], error_type: 'invalid_access' } }
        : handle(request.method ?? 'GET', url, body)
    send(response, fault?.status ? faultAnswer({ ...fault, status: fault.status }) : answer)
  })

  function handle(method: string, url: URL, body: unknown): Answer {
    if (body instanceof Error) return { status: 400, body: { errors: ['Invalid JSON'], error_type: 'invalid_parameters' } }
    const topicPath = url.pathname.match(/^\/t\/(?:[^/]+\/)?(\d+)\.json$/)
    if (method === 'GET' && topicPath) {
      const topic = topics.get(Number(topicPath[1]))
      if (!topic) return notFound
      const stream = topicPosts(topic.id)
      return { status: 200, body: { ...topic, posts_count: stream.length, post_stream: { posts: stream.slice(0, 20).map(listed), stream: stream.map((post) => post.id) } } }
    }
    const topicPostsPath = url.pathname.match(/^\/t\/(\d+)\/posts\.json$/)
    if (method === 'GET' && topicPostsPath) {
      const topicId = Number(topicPostsPath[1])
      if (!topics.has(topicId)) return notFound
      const wanted = new Set(url.searchParams.getAll('post_ids[]').map(Number))
      return { status: 200, body: { post_stream: { posts: topicPosts(topicId).filter((post) => wanted.has(post.id)).map(listed) }, id: topicId } }
    }
    const categoryPath = url.pathname.match(/^\/c\/(?:[^/]+\/)?(\d+)\.json$/)
    if (method === 'GET' && categoryPath) {
      const categoryId = Number(categoryPath[1])
      return { status: 200, body: { topic_list: { topics: [...topics.values()].filter((topic) => topic.category_id === categoryId) } } }
    }
    if (method === 'POST' && url.pathname === '/posts.json') {
      const { topic_id: topicId, raw } = (body ?? {}) as { topic_id?: number; raw?: string }
      const errors = rawErrors(raw)
      if (errors.length) return { status: 422, body: { errors, error_type: 'invalid_parameters' } }
      if (!topics.has(Number(topicId))) return { status: 404, body: { errors: ['Topic not found'], error_type: 'not_found' } }
      const since = Date.now() - uniquePostsMinutes * 60_000
      if ([...posts.values()].some((post) => post.username === apiUsername && post.raw === raw && Date.parse(post.created_at) > since))
        return { status: 422, body: { errors: ['Body is too similar to what you recently posted'], error_type: 'invalid_parameters' } }
      const post: DiscoursePost = {
        id: nextPostId++,
        topic_id: Number(topicId),
        post_number: topicPosts(Number(topicId)).length + 2,
        username: apiUsername,
        raw: raw as string,
        cooked: cook(raw as string),
        version: 1,
        created_at: new Date().toISOString(),
      }
      posts.set(post.id, post)
      return { status: 200, body: post }
    }
    const postPath = url.pathname.match(/^\/posts\/(\d+)\.json$/)
    if (postPath) {
      const post = posts.get(Number(postPath[1]))
      if (!post) return notFound
      if (method === 'GET') return { status: 200, body: post }
      if (method !== 'PUT') return notFound
      if (post.username !== apiUsername) return { status: 403, body: { errors: ['You are not permitted to edit this post.'], error_type: 'invalid_access' } }
      const raw = (body as { post?: { raw?: string } } | undefined)?.post?.raw
      const errors = rawErrors(raw)
      if (errors.length) return { status: 422, body: { errors, error_type: 'invalid_parameters' } }
      const updated = { ...post, raw: raw as string, cooked: cook(raw as string), version: post.version + 1 }
      posts.set(post.id, updated)
      return { status: 200, body: { post: updated } }
    }
    return notFound
  }

  function addTopic({ title, categoryId, slug }: { title: string; categoryId: number; slug?: string }): DiscourseTopic {
    const topic = { id: nextTopicId++, title, slug: slug ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), category_id: categoryId }
    topics.set(topic.id, topic)
    return topic
  }

  const { port, close } = await listen(server)
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    apiUsername,
    requests,
    posts,
    topics,
    addTopic,
    ...faultControls(faults),
    close,
  }
}

/** A post as a topic's post stream lists it: the rendered HTML (`cooked`), not the raw markdown. */
function listed({ raw: _raw, ...post }: DiscoursePost) {
  return post
}

/** Enough of Discourse's markdown rendering for what tests look for: text escaped, [links](…) as anchors. */
function cook(raw: string): string {
  const escaped = raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return `<p>${escaped.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')}</p>`
}
