import { atRiskUsd, exposureEdges } from '../../engine/contagion/exposureMatrices.ts'
import type { SystemicReport } from '../../model.ts'
import { formatUsd } from '../../verdict/format.ts'
import { escapeHtml } from './escapeHtml.ts'
import { htmlLayout } from './htmlLayout.ts'
import { networkChart } from './svg/networkChart.ts'

export type RenderSystemicPageParameters = { report: SystemicReport }

const cell = (value: string, numeric = false) => `<td${numeric ? ' class="num"' : ''}>${escapeHtml(value)}</td>`

/**
 * The weekly systemic-risk report page: the headline, the exposure graph as an inline SVG (nodes sized by exposure),
 * the largest paths of spread in words, every node's contagion index in a table, what moved since last week, and
 * what reproduces it (graph hash, engine version, the blocks read, the JSON).
 */
export function renderSystemicPage({ report }: RenderSystemicPageParameters): string {
  const { graph, provenance, changes } = report
  const byId = new Map(report.nodes.map((node) => [node.id, node]))
  const chart = networkChart({
    title: `Exposure graph ${graph.id}, week ${report.week}: ${report.nodes.length} nodes, ${graph.edges.length} exposures`,
    nodes: graph.nodes.map((node) => ({ id: node.id, name: node.name, kind: node.kind, sizeUsd: Number(node.sizeUsd), spreadLossUsd: byId.get(node.id)?.spreadLossUsd ?? 0 })),
    edges: exposureEdges(graph).map((edge) => ({ holder: edge.holder, held: edge.held, atRiskUsd: atRiskUsd(edge) })),
  })
  const rows = report.nodes
    .map(
      (node) =>
        `<tr>${cell(node.name)}${cell(node.kind)}${cell(formatUsd(node.sizeUsd), true)}${cell(formatUsd(node.spreadLossUsd), true)}${cell(node.debtRank.toFixed(4), true)}${cell(node.debtRankSingleHit.toFixed(4), true)}${cell(formatUsd(node.clearingShortfallUsd), true)}<td class="num" title="${escapeHtml(node.defaults.join(', '))}">${node.defaults.length}</td></tr>` +
        (node.path ? `<tr><td colspan="8" class="muted">↳ ${escapeHtml(node.path)}</td></tr>` : ''),
    )
    .join('')
  const moved = changes?.nodes.filter((node) => node.spreadLossUsdAfter !== node.spreadLossUsdBefore) ?? []
  const since = changes
    ? `<h2>Since ${escapeHtml(changes.previousWeek)}</h2>` +
      (moved.length
        ? `<div class="table-wrap"><table><thead><tr><th>node</th><th class="num">its failure cost others</th><th class="num">now</th></tr></thead><tbody>${moved.map((node) => `<tr>${cell(node.name)}${cell(formatUsd(node.spreadLossUsdBefore), true)}${cell(formatUsd(node.spreadLossUsdAfter), true)}</tr>`).join('')}</tbody></table></div>`
        : `<p>No node's spread moved${changes.graphChanged ? ' (the graph changed elsewhere)' : '; the graph is the same'}.</p>`) +
      (changes.added.length ? `<p>New: ${escapeHtml(changes.added.join(', '))}.</p>` : '') +
      (changes.removed.length ? `<p>Gone: ${escapeHtml(changes.removed.join(', '))}.</p>` : '')
    : '<p class="muted">The first report: nothing to compare with yet.</p>'
  const reads = provenance.reads.length
    ? provenance.reads.map((read) => `chain ${read.chainId} block ${read.block}: ${read.what}`).join('; ')
    : `none: every figure is the fixture's (${graph.id}, as of ${graph.asOf})`
  const body = `
<p class="muted"><a href="/">← verdicts</a> · <a href="/v1/systemic/${escapeHtml(report.week)}">JSON</a></p>
<h1>Weekly systemic-risk report, ${escapeHtml(report.week)}</h1>
<p class="headline">${escapeHtml(report.headline)}</p>
<figure>${chart}<figcaption>Each circle is a protocol or token, sized by its value; each line an exposure, from what is held to its holder, weighted by the value at risk (for collateral: the debt it backs). Hover for figures.</figcaption></figure>
<h2>Largest losses and how they travel</h2>
${report.largestPaths.length ? `<ul>${report.largestPaths.map((path) => `<li>${escapeHtml(path)}</li>`).join('')}</ul>` : '<p>No failure reaches another node.</p>'}
<h2>What each failure costs the others</h2>
<div class="table-wrap"><table><thead><tr><th>node</th><th>kind</th><th class="num">size</th><th class="num">cost to others</th><th class="num">DebtRank</th><th class="num">single-hit</th><th class="num">unpaid</th><th class="num">defaults</th></tr></thead><tbody>${rows}</tbody></table></div>
<p class="muted">Cost to others and DebtRank: linear DebtRank (Bardoscia et al. 2015) of the node's default, ↳ the longest path it takes; single-hit: Battiston et al. 2012 with each edge capped at 1; unpaid and defaults: Eisenberg–Noe (2001) clearing after the default, what the others leave unpaid and how many cannot pay in full (hover for which).</p>
${since}
<h2>Reproduce</h2>
<dl><dt>report</dt><dd>${escapeHtml(report.id)}</dd><dt>graph hash</dt><dd>${escapeHtml(provenance.graphHash)}</dd><dt>engine</dt><dd>${escapeHtml(provenance.engineVersion)}</dd><dt>read from chains</dt><dd>${escapeHtml(reads)}</dd><dt>graph source</dt><dd>${escapeHtml(graph.source)}</dd><dt>built</dt><dd>${escapeHtml(provenance.createdAt)}</dd></dl>`
  return htmlLayout({ title: `Firebreak systemic risk ${report.week}`, body })
}
