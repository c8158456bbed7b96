import { UNSPECIFIED_MARKET } from './engine/applyChanges.ts'
import { runCheck } from './check.ts'
import type { Env } from './env.ts'
import type { MarketState, ParameterChange, Proposal, Verdict } from './model.ts'
import { decodeProposal } from './protocols/decodeProposal.ts'
import { defaultState } from './protocols/defaultState.ts'
import { getLatestSnapshot } from './store/getLatestSnapshot.ts'
import { saveVerdict } from './store/saveVerdict.ts'

export type CheckProposalParameters = { proposal: Proposal; changes?: ParameterChange[]; seed?: number }
export type CheckProposalReturnType = { verdict: Verdict }

/**
 * The edges around the pure check: decode, pick the state (the newest stored snapshot of the market the
 * changes name, else the embedded default), run the check, store the verdict. It posts nothing: only
 * proposals the watched sources found are published, by their owner (src/publish/ownProposal.ts).
 * Returns the verdict as stored (a verdict id reached before keeps its first stored form).
 */
export async function checkProposal(env: Env, { proposal, changes, seed = Number(env.DEFAULT_SEED || 1) }: CheckProposalParameters): Promise<CheckProposalReturnType> {
  const decoded = changes ? { changes, unknown: [] } : decodeProposal(proposal)
  const state = await stateFor(env, decoded.changes)
  const verdict = await runCheck({ proposal, changes: decoded.changes, unknown: decoded.unknown, state, seed })
  return { verdict: await saveVerdict(env.DB, proposal, verdict) }
}

/**
 * What a stored proposal is checked with, the same for its check from the queue and a re-check from chat:
 * its actions, or — for one without calldata (a forum post, a Snapshot vote) — the changes parsed from its text.
 */
export function checkInputOf(proposal: Proposal): CheckProposalParameters {
  return { proposal, ...(proposal.actions.length === 0 && proposal.changes ? { changes: proposal.changes } : {}) }
}

async function stateFor(env: Env, changes: ParameterChange[]): Promise<MarketState> {
  const markets = new Map(changes.filter((change) => change.market !== UNSPECIFIED_MARKET).map((change) => [`${change.chainId}:${change.market.toLowerCase()}`, change]))
  for (const { chainId, market } of markets.values()) {
    const snapshot = await getLatestSnapshot(env.DB, { chainId, market })
    if (snapshot) return snapshot.state
  }
  return defaultState
}
