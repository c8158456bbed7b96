import type { Verdict } from '../../model.ts'
import { findingOrder } from './findingOrder.ts'
import { fitText } from './fitText.ts'
import { actionLabel, formatFindingMetric, formatParameter, parameterLabel } from '../../verdict/format.ts'
import { metricRows } from './metricRows.ts'
import { levelLegend, levelStyle, severityMark } from './levelStyle.ts'
import { recommendationLine } from './recommendationLine.ts'

export type RenderMarkdownParameters = {
  verdict: Verdict
  pageUrl: string
  /** Discourse's `max_post_length` site setting (32000 by default). */
  maxLength?: number
}

/**
 * A verdict as a Discourse post in Markdown: the level and headline, a before → after table of
 * the key metrics, the changes as a table, the findings most severe first, the recommendation and
 * the provenance with a link to the verdict page. Findings that would push the post past the
 * site's length limit are counted and linked, not cut.
 */
export function renderMarkdown({ verdict, pageUrl, maxLength = 32_000 }: RenderMarkdownParameters): string {
  const head = [
    `## Firebreak ${verdict.precheck ? 'pre-check' : 'verdict'}: ${verdict.level} (${levelStyle[verdict.level].meaning})`,
    '',
    `**${escapeInline(fitText({ text: verdict.headline, max: 2000 }))}**`,
    '',
    '| Metric | Before | After |',
    '|---|---:|---:|',
    ...metricRows(verdict.metrics).map((metric) => `| ${metric.label} | ${metric.before} | ${metric.worse ? `**${metric.after}**` : metric.after} |`),
  ]
  const changes =
    verdict.changes.length + verdict.unknown.length === 0
      ? []
      : [
          '',
          '### Changes',
          '',
          '| Asset | Parameter | Before | After |',
          '|---|---|---:|---:|',
          ...verdict.changes.map(
            (change) =>
              `| ${cell(change.symbol ?? change.asset ?? 'market')} | ${parameterLabel(change.param, change.protocol)} | ${cell(change.before === undefined ? '—' : formatParameter(change.param, change.before, change.symbol))} | ${cell(formatParameter(change.param, change.after, change.symbol))} |`,
          ),
          ...verdict.unknown.map(
            (unknown) => `| ${actionLabel(unknown.action)} | ${cell(unknown.signature ?? unknown.selector ?? 'call')} | — | not decoded: ${cell(unknown.reason)} |`,
          ),
        ]
  const recommendation = verdict.recommendation
    ? [
        '',
        '### Recommendation',
        '',
        recommendationLine(verdict, { bold: (text) => `**${escapeInline(text)}**`, plain: escapeInline }),
      ]
    : []
  const { provenance } = verdict
  const tail = [
    '',
    '---',
    `<sub>${levelLegend}</sub>`,
    '',
    `[Full verdict, charts and inputs](${pageUrl}) · engine ${provenance.engineVersion} · seed ${provenance.seed} · state \`${provenance.stateHash}\` · scenarios \`${provenance.scenarioSetHash}\``,
  ]

  const findings = findingOrder(verdict.findings).map((finding) => {
    const metric = finding.metric ? ` (${formatFindingMetric(finding.metric)})` : ''
    return `- ${severityMark[finding.severity]} **${escapeInline(finding.title)}**: ${escapeInline(fitText({ text: finding.why, max: 1500 }))}${escapeInline(metric)}`
  })
  const fixedLength = [...head, ...changes, ...recommendation, ...tail, '', '### Findings', ''].join('\n').length
  const kept: string[] = []
  let used = fixedLength
  for (const [index, line] of findings.entries()) {
    const moreRoom = index === findings.length - 1 ? 0 : 80 + pageUrl.length
    if (used + line.length + 1 > maxLength - moreRoom) {
      kept.push(`- …and ${findings.length - index} more findings on the [verdict page](${pageUrl})`)
      break
    }
    kept.push(line)
    used += line.length + 1
  }
  const findingsPart = kept.length === 0 ? [] : ['', '### Findings', '', ...kept]
  return [...head, ...changes, ...findingsPart, ...recommendation, ...tail].join('\n')
}

/** Markdown table cells cannot hold a pipe or a newline. */
function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

/** Keeps text from a proposal from turning into markup (mentions, HTML, links) in a forum post. */
function escapeInline(text: string): string {
  return text.replace(/[<>]/g, (character) => (character === '<' ? '&lt;' : '&gt;')).replace(/@(?=\w)/g, '@\u200b')
}
