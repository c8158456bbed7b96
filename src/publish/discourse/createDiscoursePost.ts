import { PublishError } from '../PublishError.ts'
import type { DiscourseConfig } from './DiscourseConfig.ts'
import { discourseRequest } from './discourseRequest.ts'

export type CreateDiscoursePostParameters = { config: DiscourseConfig; topicId: number; raw: string }

/**
 * Replies in a topic (POST /posts.json); returns the post id. Discourse has no idempotency key, so a
 * caller retrying after an ambiguous failure looks for the reply first (findDiscoursePost).
 */
export async function createDiscoursePost({ config, topicId, raw }: CreateDiscoursePostParameters): Promise<number> {
  const created = await discourseRequest<{ id: number }>({ config, method: 'POST', path: '/posts.json', body: { topic_id: topicId, raw } })
  if (!created) throw new PublishError({ publisher: 'discourse', shortMessage: `topic ${topicId} does not exist`, retryable: false, status: 404 })
  return created.id
}
