import type { Proposal } from '../../model.ts'

/** The proposals table's key: "source:chainId:governor:id" (governor lowercase, "" when absent). */
export function proposalKey(proposal: Pick<Proposal, 'source' | 'chainId' | 'governor' | 'id'>): string {
  return `${proposal.source}:${proposal.chainId}:${(proposal.governor ?? '').toLowerCase()}:${proposal.id}`
}
