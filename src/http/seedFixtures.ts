import type { Env } from '../env.ts'
import { checkProposal } from '../pipeline.ts'
import { parseProposalInput } from '../protocols/parseProposalInput.ts'
import { demoProposals } from '../../fixtures/proposals/demo.ts'

let seeded = false

/**
 * For `npm start`: when the store has no verdicts yet, check the fixture proposals once so the pages have
 * something to show. Runs at most once per isolate; an already-filled store is left alone.
 */
export async function seedFixtures(env: Env): Promise<void> {
  if (seeded) return
  seeded = true
  const row = await env.DB.prepare('SELECT COUNT(*) AS count FROM verdicts').first<{ count: number }>()
  if ((row?.count ?? 0) > 0) return
  for (const input of demoProposals) await checkProposal(env, parseProposalInput(input, 'fixture'))
}
