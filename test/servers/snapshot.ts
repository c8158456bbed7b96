// A small local Snapshot hub on 127.0.0.1: the GraphQL queries Firebreak sends (hub.snapshot.org/graphql,
// `proposal(id)` and a space's newest `proposals`), answered from the proposals a test puts in it.
import { createServer } from 'node:http'
import { listen } from './listen.ts'
import type { SnapshotProposal } from '../../src/sources/snapshot/proposalFromSnapshot.ts'
import { readJson } from './readJson.ts'

export type SnapshotServer = { url: string; proposals: Map<string, SnapshotProposal>; close(): Promise<void> }

export async function startSnapshotServer(): Promise<SnapshotServer> {
  const proposals = new Map<string, SnapshotProposal>()
  const server = createServer(async (request, response) => {
    const body = (await readJson(request)) as { variables?: { id?: string; space?: string; first?: number } } | undefined
    const variables = body?.variables ?? {}
    const data =
      variables.id !== undefined
        ? { proposal: proposals.get(variables.id) ?? null }
        : { proposals: [...proposals.values()].filter((proposal) => proposal.space.id === variables.space).sort((a, b) => b.created - a.created).slice(0, variables.first ?? 20) }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify({ data }))
  })
  const { port, close } = await listen(server)
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    proposals,
    close,
  }
}
