import { applyChanges, canonicalHash, defaultScenarioSet, ENGINE_VERSION, selectChartScenarios, stressMarket } from './engine/index.ts'
import type { MarketState, ParameterChange, Proposal, UnknownAction, Verdict } from './model.ts'
import { decodeProposal } from './protocols/decodeProposal.ts'
import { checks } from './verdict/checks/index.ts'
import { decideLevel, rankFindings } from './verdict/decideLevel.ts'
import { recommendChange } from './verdict/recommendChange.ts'
import { smartLtvOpinion } from './verdict/smartLtvOpinion.ts'
import { DEFAULT_POLICY, type Policy } from './verdict/policy.ts'

export type RunCheckParameters = {
  proposal: Proposal
  /** Changes given directly (a pre-check); otherwise they are decoded from the proposal's actions. */
  changes?: ParameterChange[]
  /** With `changes` decoded by the caller: the actions it could not decode. */
  unknown?: UnknownAction[]
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
export async function runCheck({ proposal, changes, unknown = [], state, seed, policy = DEFAULT_POLICY, createdAt = new Date().toISOString() }: RunCheckParameters): Promise<Verdict> {
  const decoded = changes ? { changes, unknown } : decodeProposal(proposal)
  const applied = applyChanges(state, decoded.changes)
  const scenarioSet = await defaultScenarioSet({ state, seed })
  const before = await stressMarket({ state, scenarioSet })
  const after = await stressMarket({ state: applied.state, scenarioSet })
  const findings = rankFindings(
    checks.flatMap((check) =>
      check.run({ changes: applied.changes, unknown: decoded.unknown, unapplied: applied.unapplied, standIn: applied.standIn, stateBefore: state, stateAfter: applied.state, before, after, policy }),
    ),
  )
  const level = decideLevel(findings)
  const recommended = await recommendChange({ changes: applied.changes, state, scenarioSet, before: before.aggregate, after: after.aggregate, policy })
  const secondOpinion = recommended && smartLtvOpinion({ recommendation: recommended, state })
  const recommendation = recommended && (secondOpinion ? { ...recommended, secondOpinion } : recommended)
  const provenance = { stateHash: before.stateHash, scenarioSetHash: scenarioSet.hash, seed, engineVersion: ENGINE_VERSION, market: state.name }
  const id = (await canonicalHash({ proposal: proposalKey(proposal), actions: proposal.actions, changes: applied.changes, policy, ...provenance })).slice(0, 16)
  const top = findings.find((finding) => finding.severity !== 'info') ?? findings[0]
  const counted = `${decoded.changes.length} change${decoded.changes.length === 1 ? '' : 's'}${decoded.unknown.length ? `, ${decoded.unknown.length} undecoded action${decoded.unknown.length === 1 ? '' : 's'}` : ''}`
  return {
    id,
    level,
    headline: `${level}: ${top ? top.title : 'nothing to check'} (${counted})`,
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
    findings,
    ...(recommendation ? { recommendation } : {}),
    metrics: { before: before.aggregate, after: after.aggregate },
    scenarios: selectChartScenarios({ scenarioSet, before, after }),
    provenance: { ...provenance, createdAt },
  }
}

/** The identity of a proposal across sources and re-checks: source, chain, governor, id. */
export function proposalKey(proposal: Pick<Proposal, 'source' | 'chainId' | 'governor' | 'id'>): string {
  return [proposal.source, proposal.chainId, proposal.governor ?? '', proposal.id].join(':')
}
