import type { DiscourseConfig } from './DiscourseConfig.ts'
import { discourseRequest } from './discourseRequest.ts'

export type EditDiscoursePostParameters = { config: DiscourseConfig; postId: number; raw: string }

/**
 * Replaces the bot's post (PUT /posts/{id}.json): how a re-check updates the one forum reply. False when
 * the post no longer exists (deleted). Throws PublishError (429 with the forum's delay, 5xx retryable).
 */
export async function editDiscoursePost({ config, postId, raw }: EditDiscoursePostParameters): Promise<boolean> {
  const updated = await discourseRequest<{ post: { id: number } }>({
    config,
    method: 'PUT',
    path: `/posts/${postId}.json`,
    body: { post: { raw, edit_reason: 'Firebreak re-checked the proposal' } },
  })
  return updated !== null
}
