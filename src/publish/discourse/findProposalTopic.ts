import type { Proposal } from '../../model.ts'
import type { DiscourseConfig } from './DiscourseConfig.ts'
import { discourseRequest } from './discourseRequest.ts'

export type FindProposalTopicParameters = {
  config: DiscourseConfig
  proposal: Pick<Proposal, 'title' | 'url' | 'body'>
}

type TopicList = { topic_list: { topics: { id: number; title: string }[] } }

/**
 * The forum thread where a proposal is discussed: the first link to this forum's `/t/…/<id>` in
 * the proposal's URL or description (proposals usually link their discussion), otherwise a topic in
 * the configured category whose title matches the proposal's. Null when neither finds one.
 */
export async function findProposalTopic({ config, proposal }: FindProposalTopicParameters): Promise<number | null> {
  const base = config.url.replace(/\/$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const link = new RegExp(`${base}/t/(?:[^/\\s)\\]]+/)?(\\d+)`)
  for (const text of [proposal.url ?? '', proposal.body ?? '']) {
    const match = text.match(link)
    if (match) return Number(match[1])
  }
  if (!config.category) return null
  const list = await discourseRequest<TopicList>({ config, method: 'GET', path: `/c/${config.category}.json` })
  const wanted = normaliseTitle(proposal.title)
  const topic = list?.topic_list.topics.find((candidate) => normaliseTitle(candidate.title) === wanted)
  return topic?.id ?? null
}

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
