import type { VerdictSummary } from '../../store/listVerdicts.ts'
import { formatAge, formatTimestamp } from '../../verdict/format.ts'
import { escapeHtml } from './escapeHtml.ts'
import { htmlLayout } from './htmlLayout.ts'
import { levelLegend, levelStyle } from './levelStyle.ts'

export type RenderVerdictListParameters = {
  verdicts: Pick<VerdictSummary, 'id' | 'level' | 'title' | 'headline' | 'createdAt'>[]
  /** The moment "2 h ago" is counted from (ms since the epoch); now by default. */
  now?: number
}

/** The home page: recent verdicts, newest first, each linking to its page. */
export function renderVerdictList({ verdicts, now = Date.now() }: RenderVerdictListParameters): string {
  const items = verdicts.length
    ? `<ul class="findings">${verdicts
        .map(
          (verdict) =>
            `<li><span class="level" style="background:${levelStyle[verdict.level].css}">${verdict.level}</span> <a href="/verdicts/${encodeURIComponent(verdict.id)}"><strong>${escapeHtml(verdict.title)}</strong></a><br>${escapeHtml(verdict.headline)}<br><span class="muted"><time datetime="${escapeHtml(verdict.createdAt)}" title="${escapeHtml(formatTimestamp(verdict.createdAt))}">${escapeHtml(formatAge(verdict.createdAt, now))}</time></span></li>`,
        )
        .join('')}</ul>`
    : '<p class="muted">No verdicts yet. POST a proposal to <code>/v1/check</code>.</p>'
  return htmlLayout({
    title: 'Firebreak — recent verdicts',
    body: `<h1>Firebreak</h1><p>Governance risk checks: each proposal's market, stress-tested before and after the change.</p><h2>Recent verdicts</h2>${items}<p class="levels muted">${escapeHtml(levelLegend)}.</p><p class="muted">JSON: <a href="/v1/verdicts">/v1/verdicts</a></p>`,
  })
}
