import type { DecodedProposal, Finding, StressAggregate, VerdictLevel } from '../model.ts'
import { formatUsd } from './format.ts'

export type HeadlineParameters = {
  level: VerdictLevel
  /** Ranked, most severe first. */
  findings: Finding[]
  decoded: DecodedProposal
  metrics: { before: StressAggregate; after: StressAggregate }
}

/**
 * The verdict in one line a voter reads first: the level, what drove it (the most severe finding), and the number the
 * policy bounds — bad debt at 99 % VaR before → after — unless that finding already says it.
 * @example "CAUTION: Larger than a steward step: WETH liquidation bonus 5 % → 3 %. Bad debt at 99 % VaR $4.16M → $3.52M."
 */
export function headline({ level, findings, decoded, metrics }: HeadlineParameters): string {
  const top = findings.find((finding) => finding.severity !== 'info') ?? findings[0]
  const undecoded = decoded.unknown.length
    ? ` (${decoded.changes.length} change${decoded.changes.length === 1 ? '' : 's'} decoded, ${decoded.unknown.length} action${decoded.unknown.length === 1 ? '' : 's'} not)`
    : ''
  const lead = `${level}: ${top ? top.title : 'nothing to check'}${undecoded}`
  if (top?.check === 'bad-debt-risk' && top.title.includes('99 % VaR')) return `${lead}.`
  return `${lead}. Bad debt at 99 % VaR ${formatUsd(metrics.before.var99Usd)} → ${formatUsd(metrics.after.var99Usd)}.`
}
