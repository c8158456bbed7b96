import type { DiscourseConfig } from './DiscourseConfig.ts'
import { discourseRequest } from './discourseRequest.ts'

export type FindDiscoursePostParameters = {
  config: DiscourseConfig
  topicId: number
  /** The link the reply carries (the verdict page): what tells this reply from the bot's others in the thread. */
  link: string
}

type TopicView = { post_stream: { stream?: number[] } }
type TopicPosts = { post_stream: { posts: { id: number; username: string; cooked: string }[] } }

/** Post ids read per lookup, newest first: a reply created moments ago is among the topic's last posts. */
const newestPosts = 50

/**
 * After a create that failed ambiguously (5xx, timeout): the reply that create made, if the forum carried
 * it out — a post by the API user among the topic's newest whose rendered text links `link`. Uses the
 * documented topic endpoints: GET /t/{id}.json for the post stream's ids, GET /t/{id}/posts.json?post_ids[]
 * for those posts.
 */
export async function findDiscoursePost({ config, topicId, link }: FindDiscoursePostParameters): Promise<number | null> {
  const topic = await discourseRequest<TopicView>({ config, method: 'GET', path: `/t/${topicId}.json` })
  const ids = (topic?.post_stream.stream ?? []).slice(-newestPosts)
  if (ids.length === 0) return null
  const query = ids.map((id) => `post_ids[]=${id}`).join('&')
  const posts = await discourseRequest<TopicPosts>({ config, method: 'GET', path: `/t/${topicId}/posts.json?${query}` })
  const href = `href="${link.replace(/&/g, '&amp;')}"`
  const ours = (posts?.post_stream.posts ?? []).filter((post) => post.username === config.apiUsername && post.cooked.includes(href))
  return ours.length ? ours[ours.length - 1].id : null
}
