import { proposalKey } from '../check.ts'
import { getProposal } from '../store/getProposal.ts'
import { readPublication } from '../store/sources/readPublication.ts'
import { writePublication } from '../store/sources/writePublication.ts'
import type { DiscourseConfig } from './discourse/DiscourseConfig.ts'
import { findProposalTopic } from './discourse/findProposalTopic.ts'
import { sendDiscoursePost } from './discourse/sendDiscoursePost.ts'
import type { Publisher } from './publisher.ts'
import { renderMarkdown } from './render/markdown.ts'

/**
 * The verdict as a Markdown reply in the proposal's forum thread (found from the link in the
 * proposal's description, or by title in the configured category). A re-check edits the bot's own
 * post. A proposal with no thread is logged and left alone: Firebreak does not open threads.
 */
export const discourse: Publisher = {
  name: 'discourse',
  configured: (env) => Boolean(env.DISCOURSE_URL && env.DISCOURSE_API_KEY && env.DISCOURSE_API_USERNAME),
  publish: async (env, verdict) => {
    const config: DiscourseConfig = {
      url: env.DISCOURSE_URL as string,
      apiKey: env.DISCOURSE_API_KEY as string,
      apiUsername: env.DISCOURSE_API_USERNAME as string,
      ...(env.DISCOURSE_CATEGORY ? { category: env.DISCOURSE_CATEGORY } : {}),
    }
    const key = proposalKey(verdict.proposal)
    const stored = await getProposal(env.DB, { key })
    const topicId = await findProposalTopic({ config, proposal: { title: verdict.proposal.title, url: verdict.proposal.url, body: stored?.body } })
    if (topicId === null) {
      console.log(`[discourse] no forum thread found for ${key}; verdict ${verdict.id} not posted`)
      return
    }
    const previous = await readPublication(env.DB, key, 'discourse')
    const { postId } = await sendDiscoursePost({
      config,
      topicId,
      ...(previous ? { postId: Number(previous.externalId) } : {}),
      raw: renderMarkdown({ verdict, pageUrl: `${env.PUBLIC_URL}/verdicts/${verdict.id}` }),
    })
    await writePublication(env.DB, { proposalKey: key, publisher: 'discourse', externalId: String(postId), verdictId: verdict.id, updatedAt: new Date().toISOString() })
  },
}
