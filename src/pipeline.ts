import { UNSPECIFIED_MARKET } from './engine/applyChanges.ts'
import { runCheck } from './check.ts'
import type { Env } from './env.ts'
import type { DecodedProposal, MarketState, ParameterChange, Proposal, Verdict } from './model.ts'
import { readAaveDeployments } from './protocols/aave/readAaveDeployments.ts'
import { type PayloadSimulationCache, simulateProposalPayloads } from './protocols/aave/simulateProposalPayloads.ts'
import { chainClients } from './protocols/chain/chainClients.ts'
import { readRpcUrls } from './protocols/chain/readRpcUrls.ts'
import { decodeProposal } from './protocols/decodeProposal.ts'
import { defaultState } from './protocols/defaultState.ts'
import { readProposedOracles } from './protocols/oracle/readProposedOracles.ts'
import { getLatestSnapshot } from './store/getLatestSnapshot.ts'
import { getPayloadSimulation } from './store/getPayloadSimulation.ts'
import { savePayloadSimulation } from './store/savePayloadSimulation.ts'
import { saveVerdict } from './store/saveVerdict.ts'

export type CheckProposalParameters = { proposal: Proposal; changes?: ParameterChange[]; seed?: number }
export type CheckProposalReturnType = { verdict: Verdict }

/**
 * The edges around the pure check: decode, run payload actions on their chains (when RPC_URLS has them), pick the
 * state (the newest stored snapshot of the market the changes name, else the embedded default), read proposed price
 * sources from their chains, run the check, store the verdict. It posts nothing: only proposals the watched sources
 * found are published, by their owner (src/publish/ownProposal.ts). Returns the verdict as stored (a verdict id
 * reached before keeps its first stored form).
 */
export async function checkProposal(env: Env, { proposal, changes, seed = Number(env.DEFAULT_SEED || 1) }: CheckProposalParameters): Promise<CheckProposalReturnType> {
  const clientFor = chainClients(readRpcUrls(env.RPC_URLS))
  const decoded = changes ? { changes, unknown: [] } : await simulatePayloads(env, proposal, decodeProposal(proposal), clientFor)
  const state = await readProposedOracles({ clientFor, state: await stateFor(env, decoded.changes), changes: decoded.changes })
  const verdict = await runCheck({ proposal, changes: decoded.changes, unknown: decoded.unknown, simulations: decoded.simulations, state, seed })
  return { verdict: await saveVerdict(env.DB, proposal, verdict) }
}

/**
 * What a stored proposal is checked with, the same for its check from the queue and a re-check from chat:
 * its actions, or — for one without calldata (a forum post, a Snapshot vote) — the changes parsed from its text.
 */
export function checkInputOf(proposal: Proposal): CheckProposalParameters {
  return { proposal, ...(proposal.actions.length === 0 && proposal.changes ? { changes: proposal.changes } : {}) }
}

/** Payload simulations are reused for this long before a re-check runs the payload again at a newer block. */
const PAYLOAD_SIMULATION_MAX_AGE_MINUTES = 60

/** The payload-simulation hook: payload actions run on their chains, results pinned per (chain, payload, executor, block) in D1. */
function simulatePayloads(env: Env, proposal: Proposal, decoded: DecodedProposal, clientFor: ReturnType<typeof chainClients>): Promise<DecodedProposal> {
  const maxAgeMinutes = Number(env.PAYLOAD_SIMULATION_MAX_AGE_MINUTES || PAYLOAD_SIMULATION_MAX_AGE_MINUTES)
  const cache: PayloadSimulationCache = {
    get: (key) => getPayloadSimulation(env.DB, { ...key, since: new Date(Date.now() - maxAgeMinutes * 60_000).toISOString() }),
    put: (outcome) => savePayloadSimulation(env.DB, outcome),
  }
  return simulateProposalPayloads({ proposal, decoded, clientFor, cache, deployments: readAaveDeployments(env.AAVE_DEPLOYMENTS) })
}

async function stateFor(env: Env, changes: ParameterChange[]): Promise<MarketState> {
  const markets = new Map(changes.filter((change) => change.market !== UNSPECIFIED_MARKET).map((change) => [`${change.chainId}:${change.market.toLowerCase()}`, change]))
  for (const { chainId, market } of markets.values()) {
    const snapshot = await getLatestSnapshot(env.DB, { chainId, market })
    if (snapshot) return snapshot.state
  }
  return defaultState
}
