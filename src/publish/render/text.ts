import type { Verdict } from '../../model.ts'
import { formatParameter } from '../../verdict/format.ts'
import { metricRows } from './metricRows.ts'
import { actionLabel } from './actionLabel.ts'

/** The verdict for a terminal: level and headline first, then findings, changes, metrics, provenance. */
export function renderVerdictText(verdict: Verdict): string {
  const lines = [`${verdict.level}  ${verdict.proposal.title}`, verdict.headline, '', 'Findings']
  for (const finding of verdict.findings) lines.push(`  [${finding.severity}] ${finding.title}`, `      ${finding.why}`)
  if (verdict.recommendation) {
    const { asset, param, proposed, largestSafe, why, secondOpinion } = verdict.recommendation
    lines.push('', `Recommendation: ${asset} ${param} at most ${formatParameter(param, largestSafe)} (proposed ${formatParameter(param, proposed)})`, `      ${why}`)
    if (secondOpinion) lines.push(`      ${secondOpinion.why}`)
  }
  lines.push('', 'Changes')
  if (verdict.changes.length === 0) lines.push('  (none decoded)')
  for (const change of verdict.changes)
    lines.push(`  ${change.symbol ?? change.asset ?? 'market'} ${change.param}: ${change.before === undefined ? '?' : formatParameter(change.param, change.before)} → ${formatParameter(change.param, change.after)}${change.note ? `  (${change.note})` : ''}`)
  for (const action of verdict.unknown) lines.push(`  ${actionLabel(action.action)} not simulated: ${action.reason}`)
  lines.push('', `Stress (${verdict.metrics.before.scenarios} scenarios, ${verdict.provenance.market})`)
  const rows = metricRows(verdict.metrics)
  const width = Math.max(...rows.map((row) => row.label.length))
  for (const row of rows) lines.push(`  ${row.label.padEnd(width)}  ${row.before.padStart(10)} → ${row.after}`)
  const { provenance } = verdict
  lines.push('', `verdict ${verdict.id} · state ${provenance.stateHash.slice(0, 12)} · scenarios ${provenance.scenarioSetHash.slice(0, 12)} · seed ${provenance.seed} · engine ${provenance.engineVersion}`)
  return lines.join('\n')
}
