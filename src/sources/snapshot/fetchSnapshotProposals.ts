import { BaseError } from '../../errors.ts'
import { requestSignal } from '../requestSignal.ts'
import { type SnapshotProposal, snapshotProposalFields } from './proposalFromSnapshot.ts'

export type FetchSnapshotProposalsParameters = {
  endpoint: string
  /** One proposal by id (a webhook), or the newest of a space (a poll). */
  query: { id: string } | { space: string; first?: number }
  fetch?: typeof globalThis.fetch
  /** Each request's timeout. */
  timeoutMs?: number
  /** Aborts every request once it fires (the cron's budget for this source). */
  signal?: AbortSignal
}

export class SnapshotRequestError extends BaseError {
  override name = 'SnapshotRequestError'
}

/** Asks Snapshot's GraphQL API for proposals: `proposal(id)` or a space's newest `proposals`. */
export async function fetchSnapshotProposals({ endpoint, query, fetch = globalThis.fetch, timeoutMs = 10_000, signal }: FetchSnapshotProposalsParameters): Promise<SnapshotProposal[]> {
  const body =
    'id' in query
      ? { query: `query Proposal($id: String!) { proposal(id: $id) { ${snapshotProposalFields} } }`, variables: { id: query.id } }
      : {
          query: `query Proposals($space: String!, $first: Int!) { proposals(first: $first, where: { space: $space }, orderBy: "created", orderDirection: desc) { ${snapshotProposalFields} } }`,
          variables: { space: query.space, first: query.first ?? 20 },
        }
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: requestSignal(timeoutMs, signal) })
  if (!response.ok) throw new SnapshotRequestError(`Snapshot answered HTTP ${response.status}.`, { details: (await response.text()).slice(0, 300) })
  const json = (await response.json()) as { data?: { proposal?: SnapshotProposal | null; proposals?: SnapshotProposal[] }; errors?: { message: string }[] }
  if (json.errors?.length) throw new SnapshotRequestError('Snapshot answered with GraphQL errors.', { details: json.errors.map((error) => error.message).join('; ') })
  if ('id' in query) return json.data?.proposal ? [json.data.proposal] : []
  return json.data?.proposals ?? []
}
