import type { Proposal } from '../../model.ts'
import { parseParameterTables } from '../forum/parseParameterTables.ts'
import type { WatchedDao } from '../watchedDao.ts'

/** The fields Firebreak asks Snapshot's GraphQL API for (hub.snapshot.org/graphql, type Proposal). */
export type SnapshotProposal = {
  id: string
  title: string
  body: string
  link: string | null
  network: string
  created: number
  updated: number | null
  space: { id: string }
}

export const snapshotProposalFields = 'id title body link network created updated space { id }'

export type ProposalFromSnapshotReturnType = { proposal: Proposal; revision: number; checkable: boolean; reason?: string }

/**
 * A Snapshot proposal as a Firebreak Proposal: no calldata (Snapshot votes are off-chain), so the
 * parameter tables in its body become `changes`; without any it is recorded but not checked.
 */
export function proposalFromSnapshot(snapshot: SnapshotProposal, dao: WatchedDao): ProposalFromSnapshotReturnType {
  const chainId = Number(snapshot.network) || dao.chainId
  const changes = dao.market ? parseParameterTables({ markdown: snapshot.body, protocol: dao.protocol, chainId, market: dao.market }) : []
  const proposal: Proposal = {
    source: 'snapshot',
    chainId,
    governor: snapshot.space.id,
    id: snapshot.id,
    url: snapshot.link || `https://snapshot.org/#/${snapshot.space.id}/proposal/${snapshot.id}`,
    title: snapshot.title,
    body: snapshot.body,
    actions: [],
    ...(changes.length ? { changes } : {}),
  }
  const revision = snapshot.updated ?? snapshot.created
  return changes.length ? { proposal, revision, checkable: true } : { proposal, revision, checkable: false, reason: 'no parameter table in the proposal text' }
}
