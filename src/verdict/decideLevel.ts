import type { Finding, VerdictLevel } from '../model.ts'

const rank = { critical: 0, review: 1, warning: 2, info: 3 } as const

/**
 * The policy only ranks findings: a critical finding fails the change (even with undecoded actions — what
 * is known is already bad); otherwise an action that could not be simulated needs REVIEW; a warning is CAUTION.
 */
export function decideLevel(findings: Finding[]): VerdictLevel {
  if (findings.some((finding) => finding.severity === 'critical')) return 'FAIL'
  if (findings.some((finding) => finding.severity === 'review')) return 'REVIEW'
  if (findings.some((finding) => finding.severity === 'warning')) return 'CAUTION'
  return 'PASS'
}

/** Findings, most severe first; the order within a severity is the checks' order. */
export function rankFindings(findings: Finding[]): Finding[] {
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index).map(({ finding }) => finding)
}
