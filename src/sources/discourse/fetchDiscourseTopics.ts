import { BaseError } from '../../errors.ts'
import { requestSignal } from '../requestSignal.ts'
import { isRiskProposal } from '../forum/isRiskProposal.ts'
import type { DiscoursePost } from './proposalFromDiscoursePost.ts'

export type FetchDiscourseTopicsParameters = {
  /** "https://governance.aave.com" */
  forumUrl: string
  /** Category path as in the forum's URLs ("governance/4"); null reads /latest. */
  category: string | null
  /** Risk topics to read per poll (newest first). */
  limit?: number
  fetch?: typeof globalThis.fetch
  /** Each request's timeout. */
  timeoutMs?: number
  /** Aborts every request once it fires (the cron's budget for this source). */
  signal?: AbortSignal
}

export class DiscourseRequestError extends BaseError {
  override name = 'DiscourseRequestError'
}

/**
 * Reads a category's (or the forum's) latest topics, keeps the risk proposals by title, and returns
 * each one's first post with its raw markdown: `/c/{category}.json` or `/latest.json`, then
 * `/t/{id}.json` for the first post's id and `/posts/{id}.json` for its raw text (Discourse API).
 */
export async function fetchDiscourseTopics({ forumUrl, category, limit = 10, fetch = globalThis.fetch, timeoutMs = 10_000, signal }: FetchDiscourseTopicsParameters): Promise<DiscoursePost[]> {
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${forumUrl}${path}`, { headers: { accept: 'application/json' }, signal: requestSignal(timeoutMs, signal) })
    if (!response.ok) throw new DiscourseRequestError(`${forumUrl}${path} answered HTTP ${response.status}.`)
    return (await response.json()) as T
  }
  const list = await get<{ topic_list: { topics: { id: number; title: string; slug: string }[] } }>(category ? `/c/${category}.json` : '/latest.json')
  const topics = list.topic_list.topics.filter((topic) => isRiskProposal(topic.title)).slice(0, limit)
  const posts: DiscoursePost[] = []
  for (const topic of topics) {
    const thread = await get<{ post_stream: { posts: { id: number; post_number: number }[] } }>(`/t/${topic.id}.json`)
    const first = thread.post_stream.posts.find((post) => post.post_number === 1)
    if (!first) continue
    const post = await get<{ raw: string; version: number; post_number: number }>(`/posts/${first.id}.json`)
    posts.push({ topic_id: topic.id, topic_title: topic.title, topic_slug: topic.slug, post_number: post.post_number, raw: post.raw, version: post.version })
  }
  return posts
}
