import type { Verdict } from '../../model.ts'
import { actionLabel, formatChange, formatCount, formatTimestamp } from '../../verdict/format.ts'
import { levelLegend, levelStyle } from './levelStyle.ts'
import { metricRows } from './metricRows.ts'
import { recommendationLine } from './recommendationLine.ts'

/** The verdict for a terminal: level and headline first, then findings, changes, metrics, provenance. */
export function renderVerdictText(verdict: Verdict): string {
  const lines = [`${verdict.level} (${levelStyle[verdict.level].meaning})  ${verdict.proposal.title}`, verdict.headline, '', 'Findings']
  for (const finding of verdict.findings) lines.push(`  [${finding.severity}] ${finding.title}`, `      ${finding.why}`)
  if (verdict.recommendation) lines.push('', `Recommendation: ${recommendationLine(verdict, { bold: (text) => text, plain: (text) => text })}`)
  lines.push('', 'Changes')
  if (verdict.changes.length === 0) lines.push('  (none decoded)')
  const precheck = verdict.precheck === true
  for (const change of verdict.changes) lines.push(`  ${formatChange(change)}${precheck ? '' : `  (${actionLabel(change.action)})`}${change.note ? `  (${change.note})` : ''}`)
  for (const action of verdict.unknown) lines.push(`  ${actionLabel(action.action)} not simulated: ${action.reason}`)
  lines.push('', `Stress (${formatCount(verdict.metrics.before.scenarios)} scenarios, ${verdict.provenance.market})`)
  const rows = metricRows(verdict.metrics)
  const width = Math.max(...rows.map((row) => row.label.length))
  for (const row of rows) lines.push(`  ${row.label.padEnd(width)}  ${row.before.padStart(10)} → ${row.after}`)
  const { provenance } = verdict
  lines.push(
    '',
    `verdict ${verdict.id} · checked ${formatTimestamp(provenance.createdAt)} · state ${provenance.stateHash.slice(0, 12)} · scenarios ${provenance.scenarioSetHash.slice(0, 12)} · seed ${provenance.seed} · engine ${provenance.engineVersion}`,
    levelLegend,
  )
  return lines.join('\n')
}
