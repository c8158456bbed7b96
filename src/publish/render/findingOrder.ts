import type { Finding, Severity } from '../../model.ts'

const rank: Record<Severity, number> = { critical: 0, review: 1, warning: 2, info: 3 }

/** Findings most severe first (stable within a severity), so a summary keeps what matters. */
export function findingOrder(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding)
}
