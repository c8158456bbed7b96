import type { Proposal } from '../../model.ts'
import { isRiskProposal } from '../forum/isRiskProposal.ts'
import { parseParameterTables } from '../forum/parseParameterTables.ts'
import type { WatchedDao } from '../watchedDao.ts'

/** The first post of a topic, as Discourse's post JSON and webhook payloads carry it. */
export type DiscoursePost = { topic_id: number; topic_title: string; topic_slug?: string; post_number: number; raw: string; version?: number }

export type ProposalFromDiscoursePostReturnType =
  | { proposal: Proposal; revision: number; checkable: boolean; reason?: string }
  /** Not a risk proposal, or not a topic's first post: nothing to record. */
  | null

/**
 * A forum topic's first post as a Proposal whose `changes` are its parameter tables, so a change is
 * pre-checked while it is discussed. The governor is the forum's host, the id the topic id; an edited
 * post has a new Discourse `version`, which orders the versions Firebreak sees.
 */
export function proposalFromDiscoursePost(post: DiscoursePost, dao: WatchedDao & { forumUrl: string }): ProposalFromDiscoursePostReturnType {
  if (post.post_number !== 1 || !isRiskProposal(post.topic_title)) return null
  const changes = dao.market ? parseParameterTables({ markdown: post.raw, protocol: dao.protocol, chainId: dao.chainId, market: dao.market }) : []
  const proposal: Proposal = {
    source: 'discourse',
    chainId: dao.chainId,
    governor: new URL(dao.forumUrl).host,
    id: String(post.topic_id),
    url: `${dao.forumUrl}/t/${post.topic_slug ?? 'topic'}/${post.topic_id}`,
    title: post.topic_title,
    body: post.raw,
    actions: [],
    ...(changes.length ? { changes } : {}),
  }
  const revision = post.version ?? 1
  return changes.length ? { proposal, revision, checkable: true } : { proposal, revision, checkable: false, reason: 'no parameter table in the post' }
}
