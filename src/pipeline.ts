import { runCheck } from './check.ts'
import type { Env } from './env.ts'
import type { ParameterChange, Proposal, Verdict } from './model.ts'
import { defaultState } from './protocols/defaultState.ts'
import { type PublishOutcome, publishVerdict } from './publish/publishVerdict.ts'
import { saveVerdict } from './store/saveVerdict.ts'

export type CheckProposalParameters = { proposal: Proposal; changes?: ParameterChange[]; seed?: number }
export type CheckProposalReturnType = { verdict: Verdict; published: PublishOutcome[] }

/** The edges around the pure check: pick the state, run the check, store the verdict, publish it. */
export async function checkProposal(env: Env, { proposal, changes, seed = Number(env.DEFAULT_SEED || 1) }: CheckProposalParameters): Promise<CheckProposalReturnType> {
  const verdict = await runCheck({ proposal, changes, state: defaultState, seed })
  await saveVerdict(env.DB, proposal, verdict)
  const published = await publishVerdict(env, verdict)
  return { verdict, published }
}
