import type { Verdict, VerdictLevel } from '../../model.ts'
import type { VerdictSummary } from '../../store/listVerdicts.ts'
import { formatParameter } from '../../verdict/format.ts'
import { escapeHtml } from './escapeHtml.ts'
import { metricRows } from './metricRows.ts'
import { reproduceCommand } from './reproduceCommand.ts'

export const levelColours: Record<VerdictLevel, string> = { PASS: '#1a7f37', CAUTION: '#9a6700', FAIL: '#cf222e', REVIEW: '#6639ba' }

const style = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:56rem;padding:1rem;color:#1f2328}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #d0d7de;vertical-align:top}
.level{display:inline-block;color:#fff;font-weight:700;padding:.1rem .6rem;border-radius:.3rem}code,pre{font-family:ui-monospace,monospace;font-size:.85em}
pre{background:#f6f8fa;padding:.75rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all}a{color:#0969da}.muted{color:#59636e}
@media (max-width:40rem){th,td{padding:.25rem}}`

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${style}</style></head><body>${body}</body></html>`
}

function badge(level: VerdictLevel): string {
  return `<span class="level" style="background:${levelColours[level]}">${level}</span>`
}

/** GET /verdicts/:id — the verdict readable in ten seconds, the numbers behind it below. */
export function renderVerdictPage(verdict: Verdict, publicUrl: string): string {
  const { proposal, provenance } = verdict
  const findings = verdict.findings
    .map((finding) => `<tr><td>${escapeHtml(finding.severity)}</td><td><strong>${escapeHtml(finding.title)}</strong><br><span class="muted">${escapeHtml(finding.why)}</span></td></tr>`)
    .join('')
  const changes = verdict.changes
    .map((change) => `<tr><td>${escapeHtml(change.symbol ?? change.asset ?? 'market')}</td><td>${escapeHtml(change.param)}</td><td>${escapeHtml(change.before === undefined ? '—' : formatParameter(change.param, change.before))}</td><td>${escapeHtml(formatParameter(change.param, change.after))}</td><td class="muted">${escapeHtml(change.note ?? '')}</td></tr>`)
    .join('')
  const unknown = verdict.unknown.map((action) => `<li>Action ${action.action + 1} on <code>${escapeHtml(action.target)}</code>: ${escapeHtml(action.reason)}</li>`).join('')
  const metrics = metricRows(verdict.metrics).map((row) => `<tr><td>${escapeHtml(row.label)}</td><td>${row.before}</td><td>${row.after}</td></tr>`).join('')
  return page(
    `${verdict.level}: ${proposal.title}`,
    `<p><a href="/">← all verdicts</a></p>
<h1>${badge(verdict.level)} ${escapeHtml(proposal.title)}</h1>
<p><strong>${escapeHtml(verdict.headline)}</strong></p>
<p class="muted">${escapeHtml(proposal.source)} · chain ${proposal.chainId}${proposal.governor ? ` · ${escapeHtml(proposal.governor)}` : ''} · proposal ${escapeHtml(proposal.id)}${proposal.url ? ` · <a href="${escapeHtml(proposal.url)}">source</a>` : ''}</p>
<h2>Findings</h2><table><thead><tr><th>Severity</th><th>Finding</th></tr></thead><tbody>${findings}</tbody></table>
<h2>Changes</h2>${changes ? `<table><thead><tr><th>Asset</th><th>Parameter</th><th>Before</th><th>After</th><th>Note</th></tr></thead><tbody>${changes}</tbody></table>` : '<p>No parameter changes decoded.</p>'}
${unknown ? `<h2>Not simulated</h2><ul>${unknown}</ul>` : ''}
<h2>Stress metrics</h2><p class="muted">${verdict.metrics.before.scenarios} scenarios on ${escapeHtml(provenance.market)}.</p>
<table><thead><tr><th>Metric</th><th>Before</th><th>After</th></tr></thead><tbody>${metrics}</tbody></table>
<h2>Provenance</h2><table><tbody>
<tr><td>State hash</td><td><code>${escapeHtml(provenance.stateHash)}</code></td></tr>
<tr><td>Scenario set</td><td><code>${escapeHtml(provenance.scenarioSetHash)}</code></td></tr>
<tr><td>Seed</td><td>${provenance.seed}</td></tr><tr><td>Engine</td><td>${escapeHtml(provenance.engineVersion)}</td></tr>
<tr><td>Checked</td><td>${escapeHtml(provenance.createdAt)}</td></tr></tbody></table>
<p>Reproduce:</p><pre>${escapeHtml(reproduceCommand(verdict, publicUrl))}</pre>
<p><a href="/v1/verdicts/${escapeHtml(verdict.id)}">JSON</a> · <a href="/v1/verdicts/${escapeHtml(verdict.id)}/input">input</a></p>`,
  )
}

/** GET / — recent verdicts, newest first. */
export function renderVerdictList(verdicts: VerdictSummary[]): string {
  const rows = verdicts
    .map((verdict) => `<tr><td>${badge(verdict.level)}</td><td><a href="/verdicts/${escapeHtml(verdict.id)}">${escapeHtml(verdict.title)}</a><br><span class="muted">${escapeHtml(verdict.headline)}</span></td><td class="muted">${escapeHtml(verdict.createdAt.slice(0, 16).replace('T', ' '))}</td></tr>`)
    .join('')
  return page(
    'Firebreak — governance risk checks',
    `<h1>Firebreak</h1><p>Governance proposals, stress-tested before and after the change.</p>
${rows ? `<table><thead><tr><th>Verdict</th><th>Proposal</th><th>Checked (UTC)</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No verdicts yet. POST a proposal to <code>/v1/check</code>.</p>'}`,
  )
}

/** A plain page for 404s and errors on the HTML surface. */
export function renderMessagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">← all verdicts</a></p>`)
}
