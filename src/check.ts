import { applyChanges, canonicalHash, defaultScenarioSet, ENGINE_VERSION, selectChartScenarios, stressMarket } from './engine/index.ts'
import type { MarketState, ParameterChange, PayloadSimulation, Proposal, UnknownAction, Verdict } from './model.ts'
import { decodeProposal } from './protocols/decodeProposal.ts'
import { checks } from './verdict/checks/index.ts'
import { verdictCharts } from './verdict/charts/verdictCharts.ts'
import { decideLevel, rankFindings } from './verdict/decideLevel.ts'
import { headline } from './verdict/headline.ts'
import { recommendChange } from './verdict/recommendChange.ts'
import { smartLtvOpinion } from './verdict/smartLtvOpinion.ts'
import { DEFAULT_POLICY, type Policy } from './verdict/policy.ts'

export type RunCheckParameters = {
  proposal: Proposal
  /** Changes given directly (a pre-check); otherwise they are decoded from the proposal's actions. */
  changes?: ParameterChange[]
  /** With `changes` decoded by the caller: the actions it could not decode. */
  unknown?: UnknownAction[]
  /** Payload actions the caller ran on a chain to find `changes`, and how. */
  simulations?: PayloadSimulation[]
  state: MarketState
  seed: number
  policy?: Policy
  /** Defaults to now; pass it to make the whole verdict, timestamp included, reproducible. */
  createdAt?: string
}

/**
 * The pure heart of Firebreak: decode → apply to the state → stress before and after on the same
 * scenarios → checks → verdict. Same inputs, seed and engine version → same numbers and the same id.
 */
export async function runCheck({ proposal, changes, unknown = [], simulations = [], state, seed, policy = DEFAULT_POLICY, createdAt = new Date().toISOString() }: RunCheckParameters): Promise<Verdict> {
  const decoded = changes ? { changes, unknown } : decodeProposal(proposal)
  const applied = applyChanges(state, decoded.changes)
  const scenarioSet = await defaultScenarioSet({ state, seed })
  const before = await stressMarket({ state, scenarioSet })
  const after = await stressMarket({ state: applied.state, scenarioSet })
  const findings = rankFindings(
    checks.flatMap((check) =>
      check.run({ changes: applied.changes, unknown: decoded.unknown, simulations, unapplied: applied.unapplied, standIn: applied.standIn, stateBefore: state, stateAfter: applied.state, before, after, policy }),
    ),
  )
  const level = decideLevel(findings)
  const recommended = await recommendChange({ changes: applied.changes, state, scenarioSet, before: before.aggregate, after: after.aggregate, policy })
  const secondOpinion = recommended && smartLtvOpinion({ recommendation: recommended, state })
  const recommendation = recommended && (secondOpinion ? { ...recommended, secondOpinion } : recommended)
  const provenance = { stateHash: before.stateHash, scenarioSetHash: scenarioSet.hash, seed, engineVersion: ENGINE_VERSION, market: state.name }
  const charts = verdictCharts({ scenarioSet, state, before, after })
  const id = (await canonicalHash({ proposal: proposalKey(proposal), actions: proposal.actions, changes: applied.changes, policy, ...provenance })).slice(0, 16)
  return {
    id,
    level,
    headline: headline({ level, findings, decoded, metrics: { before: before.aggregate, after: after.aggregate } }),
    proposal: {
      source: proposal.source,
      chainId: proposal.chainId,
      id: proposal.id,
      title: proposal.title,
      ...(proposal.governor ? { governor: proposal.governor } : {}),
      ...(proposal.url ? { url: proposal.url } : {}),
    },
    changes: applied.changes,
    unknown: decoded.unknown,
    ...(simulations.length > 0 ? { simulations } : {}),
    findings,
    ...(recommendation ? { recommendation } : {}),
    metrics: { before: before.aggregate, after: after.aggregate },
    scenarios: selectChartScenarios({ scenarioSet, before, after }),
    ...(charts ? { charts } : {}),
    // A pre-check: changes given directly, numbered by the list, not by any proposal action.
    ...(proposal.actions.length === 0 && decoded.changes.some((change) => change.action >= 0) ? { precheck: true } : {}),
    provenance: { ...provenance, createdAt },
  }
}

/** The identity of a proposal across sources and re-checks: source, chain, governor, id. */
export function proposalKey(proposal: Pick<Proposal, 'source' | 'chainId' | 'governor' | 'id'>): string {
  return [proposal.source, proposal.chainId, proposal.governor ?? '', proposal.id].join(':')
}
