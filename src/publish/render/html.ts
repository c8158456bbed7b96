import type { Verdict } from '../../model.ts'
import { formatFindingMetric, formatParameter } from '../../verdict/format.ts'
import { escapeHtml } from './escapeHtml.ts'
import { findingOrder } from './findingOrder.ts'
import { parameterNames } from './formatChange.ts'
import { htmlLayout } from './htmlLayout.ts'
import { metricRows } from './metricRows.ts'
import { levelStyle } from './levelStyle.ts'
import { reproduceCommand } from './reproduceCommand.ts'
import { cascadeChart } from './svg/cascadeChart.ts'
import { distributionChart } from './svg/distributionChart.ts'
import { shockChart } from './svg/shockChart.ts'
import { actionLabel } from './actionLabel.ts'

export type RenderVerdictPageParameters = {
  verdict: Verdict
  /** The Worker's public base URL, for the command that reproduces the verdict. */
  publicUrl: string
}

/**
 * The verdict page: level, headline and recommendation, key metrics before → after, three inline
 * SVG charts (bad debt against shock, the bad-debt distribution with VaR marked, the cascade of the
 * worst recorded scenario), every finding, the changes, the inputs and the provenance with the
 * command that reproduces it. Server-rendered HTML with no external assets and no script.
 */
export function renderVerdictPage({ verdict, publicUrl }: RenderVerdictPageParameters): string {
  const jsonUrl = `/v1/verdicts/${encodeURIComponent(verdict.id)}`
  const style = levelStyle[verdict.level]
  const { proposal, provenance } = verdict
  const title = proposal.url
    ? `<a href="${escapeHtml(safeUrl(proposal.url))}">${escapeHtml(proposal.title)}</a>`
    : escapeHtml(proposal.title)
  const recommendation = verdict.recommendation
    ? `<p class="panel"><strong>Largest safe ${escapeHtml(verdict.recommendation.asset)} ${parameterNames[verdict.recommendation.param]}: ${escapeHtml(formatParameter(verdict.recommendation.param, verdict.recommendation.largestSafe))}</strong> (proposed ${escapeHtml(formatParameter(verdict.recommendation.param, verdict.recommendation.proposed))}). ${escapeHtml(verdict.recommendation.why)}${verdict.recommendation.secondOpinion ? ` ${escapeHtml(verdict.recommendation.secondOpinion.why)}` : ''}</p>`
    : ''
  const metrics = table(
    ['Metric', 'Before', 'After'],
    metricRows(verdict.metrics).map((metric) => [
      escapeHtml(metric.label),
      num(escapeHtml(metric.before)),
      num(metric.worse ? `<span class="worse">${escapeHtml(metric.after)}</span>` : escapeHtml(metric.after)),
    ]),
  )
  const findings = verdict.findings.length
    ? `<ul class="findings">${findingOrder(verdict.findings)
        .map(
          (finding) =>
            `<li><span class="severity sev-${finding.severity}">${finding.severity}</span> <strong>${escapeHtml(finding.title)}</strong><br>${escapeHtml(finding.why)}${
              finding.metric
                ? `<br><span class="muted">${escapeHtml(formatFindingMetric(finding.metric))}</span>`
                : ''
            } <span class="muted">(${escapeHtml(finding.check)})</span></li>`,
        )
        .join('')}</ul>`
    : '<p class="muted">No findings.</p>'
  const changes = table(
    ['Asset', 'Parameter', 'Before', 'After', 'Action'],
    [
      ...verdict.changes.map((change) => [
        escapeHtml(change.symbol ?? change.asset ?? 'market'),
        escapeHtml(parameterNames[change.param]) + (change.note ? `<br><span class="muted">${escapeHtml(change.note)}</span>` : ''),
        num(change.before === undefined ? '—' : escapeHtml(formatParameter(change.param, change.before))),
        num(escapeHtml(formatParameter(change.param, change.after))),
        num(actionLabel(change.action)),
      ]),
      ...verdict.unknown.map((unknown) => [
        escapeHtml(unknown.target),
        escapeHtml(unknown.signature ?? unknown.selector ?? 'call'),
        num('—'),
        `not decoded: ${escapeHtml(unknown.reason)}`,
        num(actionLabel(unknown.action)),
      ]),
    ],
  )
  return htmlLayout({
    title: `${verdict.level}: ${proposal.title} — Firebreak`,
    body: [
      '<p class="muted"><a href="/">Firebreak</a> · verdict</p>',
      `<p><span class="level" style="background:${style.css}">${style.label}</span></p>`,
      `<h1>${title}</h1>`,
      `<p class="headline">${escapeHtml(verdict.headline)}</p>`,
      recommendation,
      '<h2>Key metrics</h2>',
      metrics,
      '<h2>Charts</h2>',
      charts(verdict),
      `<h2>Findings (${verdict.findings.length})</h2>`,
      findings,
      '<h2>Changes</h2>',
      verdict.changes.length + verdict.unknown.length ? changes : '<p class="muted">No parameter changes decoded.</p>',
      '<h2>Inputs and provenance</h2>',
      dl([
        ['Proposal', `${escapeHtml(proposal.source)} · chain ${proposal.chainId}${proposal.governor ? ` · ${escapeHtml(proposal.governor)}` : ''} · id ${escapeHtml(proposal.id)}`],
        ['Market', escapeHtml(provenance.market)],
        ['State hash', `<code>${escapeHtml(provenance.stateHash)}</code>`],
        ['Scenario set', `<code>${escapeHtml(provenance.scenarioSetHash)}</code> (${verdict.metrics.after.scenarios} scenarios)`],
        ['Seed', `<code>${provenance.seed}</code>`],
        ['Engine', `<code>${escapeHtml(provenance.engineVersion)}</code>`],
        ['Checked', `<time datetime="${escapeHtml(provenance.createdAt)}">${escapeHtml(provenance.createdAt)}</time>`],
        ['JSON', `<a href="${escapeHtml(jsonUrl)}">${escapeHtml(jsonUrl)}</a> · <a href="${escapeHtml(jsonUrl)}/input">input</a>`],
      ]),
      '<p>Reproduce it (the run must show the same state hash, scenario set, seed and engine version):</p>',
      `<pre><code>${escapeHtml(reproduceCommand(verdict, publicUrl))}</code></pre>`,
    ].join('\n'),
  })
}

function charts(verdict: Verdict): string {
  const scenarios = verdict.scenarios
  if (!scenarios?.after.length) return '<p class="muted">Per-scenario results were not stored for this verdict, so there is nothing to chart.</p>'
  const worst = [...scenarios.after].filter((result) => result.cascade?.length).sort((a, b) => b.badDebtUsd - a.badDebtUsd)[0]
  const cascade = worst ? cascadeChart({ result: worst }) : null
  return [
    figure(shockChart(scenarios), 'Bad debt in each stored scenario against the price drop that drove it; lines are band means.'),
    figure(
      distributionChart({ scenarios, metrics: verdict.metrics }),
      `Share of the stored scenarios (${scenarios.after.length} of ${verdict.metrics.after.scenarios}) by bad debt. Solid lines mark VaR 99 %, dashed lines VaR 95 %, both over every scenario run.`,
    ),
    cascade
      ? figure(cascade, `Step by step through scenario ${escapeHtml(worst.scenario)} after the proposal: the recorded scenario with the most bad debt.`)
      : '<p class="muted">The engine did not record step-by-step cascades for these scenarios.</p>',
  ].join('\n')
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${caption}</figcaption></figure>`
}

type Cell = string | { num: string }

function table(headers: string[], rows: Cell[][]): string {
  const head = headers.map((header) => (header === 'Before' || header === 'After' || header === 'Action' ? `<th class="num">${header}</th>` : `<th>${header}</th>`)).join('')
  const cell = (value: Cell) => (typeof value === 'string' ? `<td>${value}</td>` : `<td class="num">${value.num}</td>`)
  return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</tbody></table></div>`
}

/** A right-aligned numeric cell. */
function num(html: string): Cell {
  return { num: html }
}

function dl(items: [string, string][]): string {
  return `<dl>${items.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`
}

/** Only http(s) links from a proposal become hrefs. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#'
}
