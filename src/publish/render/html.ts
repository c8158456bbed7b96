import type { Verdict, VerdictCharts } from '../../model.ts'
import {
  actionLabel,
  formatAge,
  formatChangeValues,
  formatCount,
  formatFindingMetric,
  formatTimestamp,
  formatUsd,
  parameterLabel,
} from '../../verdict/format.ts'
import { escapeHtml } from './escapeHtml.ts'
import { findingOrder } from './findingOrder.ts'
import { htmlLayout } from './htmlLayout.ts'
import { levelLegend, levelStyle } from './levelStyle.ts'
import { metricRows } from './metricRows.ts'
import { recommendationLine } from './recommendationLine.ts'
import { reproduceCommand } from './reproduceCommand.ts'
import { cascadeChart } from './svg/cascadeChart.ts'
import { distributionChart } from './svg/distributionChart.ts'
import { shockChart } from './svg/shockChart.ts'

export type RenderVerdictPageParameters = {
  verdict: Verdict
  /** The Worker's public base URL, for the command that reproduces the verdict. */
  publicUrl: string
  /** The moment "2 h ago" is counted from (ms since the epoch); now by default. */
  now?: number
}

/**
 * The verdict page: level (with what the four levels mean), headline and recommendation, key metrics before → after,
 * three inline SVG charts over every scenario run (bad debt against the main collateral's drop, the whole bad-debt
 * distribution with VaR marked, one cascade step by step), every finding, the changes, the inputs and the provenance
 * with the command that reproduces it. Server-rendered HTML with no external assets and no script; reads on a phone.
 */
export function renderVerdictPage({ verdict, publicUrl, now = Date.now() }: RenderVerdictPageParameters): string {
  const jsonUrl = `/v1/verdicts/${encodeURIComponent(verdict.id)}`
  const style = levelStyle[verdict.level]
  const { proposal, provenance } = verdict
  const precheck = verdict.precheck === true
  const title = proposal.url ? `<a href="${escapeHtml(safeUrl(proposal.url))}">${escapeHtml(proposal.title)}</a>` : escapeHtml(proposal.title)
  const recommendation = verdict.recommendation ? `<p class="panel">${recommendationLine(verdict, { bold: (text) => `<strong>${escapeHtml(text)}</strong>`, plain: escapeHtml })}</p>` : ''
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
              finding.metric ? `<br><span class="muted">${escapeHtml(formatFindingMetric(finding.metric))}</span>` : ''
            } <span class="muted">(${escapeHtml(finding.check)})</span></li>`,
        )
        .join('')}</ul>`
    : '<p class="muted">No findings.</p>'
  const changes = table(
    ['Asset', 'Parameter', 'Before → after', 'From'],
    [
      ...verdict.changes.map((change) => [
        escapeHtml(change.symbol ?? change.asset ?? 'market'),
        escapeHtml(parameterLabel(change.param, change.protocol)) + (change.note ? `<br><span class="muted">${escapeHtml(change.note)}</span>` : ''),
        num(escapeHtml(formatChangeValues(change))),
        num(actionLabel(change.action, { precheck })),
      ]),
      ...verdict.unknown.map((unknown) => [
        escapeHtml(unknown.target),
        escapeHtml(unknown.signature ?? unknown.selector ?? 'call'),
        `not decoded: ${escapeHtml(unknown.reason)}`,
        num(actionLabel(unknown.action)),
      ]),
    ],
    { reflow: true },
  )
  return htmlLayout({
    title: `${verdict.level}: ${proposal.title} — Firebreak`,
    body: [
      `<p class="muted"><a href="/">Firebreak</a> · ${precheck ? 'pre-check' : 'verdict'} · <time datetime="${escapeHtml(provenance.createdAt)}" title="${escapeHtml(formatTimestamp(provenance.createdAt))}">${escapeHtml(formatAge(provenance.createdAt, now))}</time></p>`,
      `<p><span class="level" style="background:${style.css}">${style.label}</span> <span class="muted">${escapeHtml(style.meaning)}</span></p>`,
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
        ['Scenario set', `<code>${escapeHtml(provenance.scenarioSetHash)}</code> (${formatCount(verdict.metrics.after.scenarios)} scenarios)`],
        ['Seed', `<code>${provenance.seed}</code>`],
        ['Engine', `<code>${escapeHtml(provenance.engineVersion)}</code>`],
        ['Checked', `<time datetime="${escapeHtml(provenance.createdAt)}">${escapeHtml(formatAge(provenance.createdAt, now))}</time> (${escapeHtml(formatTimestamp(provenance.createdAt))})`],
        ['JSON', `<a href="${escapeHtml(jsonUrl)}">${escapeHtml(jsonUrl)}</a> · <a href="${escapeHtml(jsonUrl)}?full=1">with every stored scenario</a> · <a href="${escapeHtml(jsonUrl)}/input">input</a>`],
      ]),
      '<p>Reproduce it (the run must show the same state hash, scenario set, seed and engine version):</p>',
      `<pre><code>${escapeHtml(reproduceCommand(verdict, publicUrl))}</code></pre>`,
      `<p class="levels muted">${escapeHtml(levelLegend)}.</p>`,
    ].join('\n'),
  })
}

function charts(verdict: Verdict): string {
  const data = verdict.charts
  if (!data) return '<p class="muted">This verdict was stored before Firebreak kept the figures its charts need; re-run it with the command below to see them.</p>'
  const scenarios = formatCount(data.distribution.scenarios)
  return [
    figure(
      shockChart({ points: data.shock, ...(data.mainCollateralPegged ? {} : { asset: data.mainCollateral }) }),
      shockCaption(data),
    ),
    figure(distributionChart({ histogram: data.distribution, metrics: verdict.metrics }), distributionCaption(verdict, scenarios)),
    data.cascade
      ? figure(cascadeChart({ cascade: data.cascade, asset: data.mainCollateral }), cascadeCaption(data))
      : '<p class="muted">No multi-step scenario recorded its steps, so there is no cascade to show.</p>',
  ].join('\n')
}

function shockCaption(data: VerdictCharts): string {
  const grid = 'Lines: the shock grid, every non-stable asset falling at once, in one step, by the drop on the x-axis.'
  if (data.mainCollateralPegged || !data.shock.some((point) => point.kind === 'historical')) return escapeHtml(grid)
  return escapeHtml(`${grid} Dots: the replayed historical windows, placed at ${data.mainCollateral}'s largest fall in each; their falls are spread over hours or days, with other assets moving their own way.`)
}

function distributionCaption(verdict: Verdict, scenarios: string): string {
  const { before, after } = verdict.metrics
  const var95 = before.var95Usd < 1 && after.var95Usd < 1 ? ' VaR 95 % is $0 before and after (at least 95 % of scenarios end without bad debt), so it has no line.' : ''
  return escapeHtml(
    `Every one of the ${scenarios} scenarios, counted by the bad debt it ends with (bands growing ×3 and ×10). VaR 99 % — the bad debt only 1 % of scenarios exceed — is ${formatUsd(before.var99Usd)} before and ${formatUsd(after.var99Usd)} after.${var95}`,
  )
}

function cascadeCaption(data: VerdictCharts): string {
  const cascade = data.cascade
  if (!cascade) return ''
  const last = (steps: { badDebtUsd: number }[]) => steps[steps.length - 1]?.badDebtUsd ?? 0
  const why =
    cascade.selectedBy === 'change'
      ? `the multi-step scenario whose bad debt the change moves most (${formatUsd(last(cascade.before))} → ${formatUsd(last(cascade.after))})`
      : `the multi-step scenario with the most bad debt after the change (${formatUsd(last(cascade.after))}); the change moves no scenario's bad debt`
  return escapeHtml(`${cascade.label}: ${why}. The price is ${data.mainCollateral}'s market price, the scenario's move plus the liquidators' selling.`)
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${caption}</figcaption></figure>`
}

type Cell = string | { num: string }

/** A table; `reflow` turns each row into a labelled card on a narrow screen instead of scrolling sideways. */
function table(headers: string[], rows: Cell[][], { reflow = false }: { reflow?: boolean } = {}): string {
  const numeric = (index: number) => rows.some((row) => typeof row[index] !== 'string')
  const head = headers.map((header, index) => `<th${numeric(index) ? ' class="num"' : ''}>${header}</th>`).join('')
  const cell = (value: Cell, index: number) => {
    const label = reflow ? ` data-label="${escapeHtml(headers[index])}"` : ''
    return typeof value === 'string' ? `<td${label}>${value}</td>` : `<td class="num"${label}>${value.num}</td>`
  }
  return `<div class="table-wrap"><table${reflow ? ' class="reflow"' : ''}><thead><tr>${head}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</tbody></table></div>`
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
