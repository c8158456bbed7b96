import { PublishError } from '../PublishError.ts'
import type { DiscourseConfig } from './DiscourseConfig.ts'
import { discourseRequest } from './discourseRequest.ts'

export type SendDiscoursePostParameters = {
  config: DiscourseConfig
  topicId: number
  /** The bot's post for an earlier verdict on this proposal: edited in place when it still exists. */
  postId?: number
  raw: string
}

export type SendDiscoursePostReturnType = { postId: number; edited: boolean }

/**
 * Replies in a topic, or edits the bot's earlier reply there (PUT /posts/{id}.json) so a re-check
 * does not add a second post. A deleted earlier post is replaced by a new reply.
 */
export async function sendDiscoursePost({ config, topicId, postId, raw }: SendDiscoursePostParameters): Promise<SendDiscoursePostReturnType> {
  if (postId !== undefined) {
    const updated = await discourseRequest<{ post: { id: number } }>({
      config,
      method: 'PUT',
      path: `/posts/${postId}.json`,
      body: { post: { raw, edit_reason: 'Firebreak re-checked the proposal' } },
    })
    if (updated) return { postId: updated.post.id, edited: true }
  }
  const created = await discourseRequest<{ id: number }>({ config, method: 'POST', path: '/posts.json', body: { topic_id: topicId, raw } })
  if (!created) throw new PublishError({ publisher: 'discourse', shortMessage: `topic ${topicId} does not exist`, retryable: false })
  return { postId: created.id, edited: false }
}
