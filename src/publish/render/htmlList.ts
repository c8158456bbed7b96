import type { VerdictLevel } from '../../model.ts'
import { escapeHtml } from './escapeHtml.ts'
import { htmlLayout } from './htmlLayout.ts'
import { levelStyle } from './levelStyle.ts'

export type VerdictListItem = { id: string; level: VerdictLevel; title: string; headline: string; createdAt: string }
export type RenderVerdictListParameters = { verdicts: VerdictListItem[] }

/** The home page: recent verdicts, newest first, each linking to its page. */
export function renderVerdictList({ verdicts }: RenderVerdictListParameters): string {
  const items = verdicts.length
    ? `<ul class="findings">${verdicts
        .map(
          (verdict) =>
            `<li><span class="level" style="background:${levelStyle[verdict.level].css}">${verdict.level}</span> <a href="/verdicts/${encodeURIComponent(verdict.id)}"><strong>${escapeHtml(verdict.title)}</strong></a><br>${escapeHtml(verdict.headline)}<br><span class="muted"><time datetime="${escapeHtml(verdict.createdAt)}">${escapeHtml(verdict.createdAt)}</time></span></li>`,
        )
        .join('')}</ul>`
    : '<p class="muted">No verdicts yet.</p>'
  return htmlLayout({
    title: 'Firebreak — recent verdicts',
    body: `<h1>Firebreak</h1><p>Governance risk checks: each proposal's market, stress-tested before and after the change.</p><h2>Recent verdicts</h2>${items}<p class="muted">JSON: <a href="/v1/verdicts">/v1/verdicts</a></p>`,
  })
}
