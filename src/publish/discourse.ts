import { proposalKey } from '../check.ts'
import type { Env } from '../env.ts'
import { getProposal } from '../store/getProposal.ts'
import { createDiscoursePost } from './discourse/createDiscoursePost.ts'
import type { DiscourseConfig } from './discourse/DiscourseConfig.ts'
import { editDiscoursePost } from './discourse/editDiscoursePost.ts'
import { findDiscoursePost } from './discourse/findDiscoursePost.ts'
import { findProposalTopic } from './discourse/findProposalTopic.ts'
import type { Publisher } from './publisher.ts'
import { renderMarkdown } from './render/markdown.ts'

const configOf = (env: Env): DiscourseConfig => ({
  url: env.DISCOURSE_URL as string,
  apiKey: env.DISCOURSE_API_KEY as string,
  apiUsername: env.DISCOURSE_API_USERNAME as string,
  ...(env.DISCOURSE_CATEGORY ? { category: env.DISCOURSE_CATEGORY } : {}),
})

/**
 * The verdict as a Markdown reply in the proposal's forum thread (found from the link in the
 * proposal's description, or by title in the configured category): one reply per proposal, edited in
 * place on a re-check. A proposal with no thread is not posted: Firebreak does not open threads.
 */
export const discourse: Publisher = {
  name: 'discourse',
  configured: (env) => Boolean(env.DISCOURSE_URL && env.DISCOURSE_API_KEY && env.DISCOURSE_API_USERNAME),
  locate: async (env, verdict) => {
    const stored = await getProposal(env.DB, { key: proposalKey(verdict.proposal) })
    const topicId = await findProposalTopic({ config: configOf(env), proposal: { title: verdict.proposal.title, url: verdict.proposal.url, body: stored?.body } })
    return topicId === null ? null : String(topicId)
  },
  edit: (env, { externalId, verdict, pageUrl }) => editDiscoursePost({ config: configOf(env), postId: Number(externalId), raw: renderMarkdown({ verdict, pageUrl }) }),
  create: async (env, { target, verdict, pageUrl }) => String(await createDiscoursePost({ config: configOf(env), topicId: Number(target), raw: renderMarkdown({ verdict, pageUrl }) })),
  findCreated: async (env, { target, pageUrl }) => {
    const postId = await findDiscoursePost({ config: configOf(env), topicId: Number(target), link: pageUrl })
    return postId === null ? null : String(postId)
  },
}
