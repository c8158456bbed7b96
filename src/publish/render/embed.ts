import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10'
import type { Verdict } from '../../model.ts'
import { embedLimits } from './embedLimits.ts'
import { findingOrder } from './findingOrder.ts'
import { fitLines } from './fitLines.ts'
import { fitText } from './fitText.ts'
import { formatChange, parameterNames } from './formatChange.ts'
import { formatFindingMetric, formatParameter } from '../../verdict/format.ts'
import { metricRows } from './metricRows.ts'
import { levelStyle, severityMark } from './levelStyle.ts'
import { actionLabel } from './actionLabel.ts'

export type RenderEmbedParameters = {
  verdict: Verdict
  /** The verdict page, linked from the title and the description. */
  pageUrl: string
}

/**
 * A verdict as one Discord embed within Discord's documented limits: coloured by level, the
 * headline, the recommendation, before → after for the key metrics, the changes and the top
 * findings. A verdict too long for the limits is summarised — whole sentences and whole findings
 * are dropped, the rest counted and linked — never cut mid-sentence.
 */
export function renderEmbed({ verdict, pageUrl }: RenderEmbedParameters): APIEmbed {
  const style = levelStyle[verdict.level]
  const title = fitText({ text: `${style.label}: ${verdict.proposal.title}`, max: embedLimits.title })
  const link = `[Full verdict, charts and inputs](${pageUrl})`
  const recommendation = verdict.recommendation
    ? `**Largest safe ${verdict.recommendation.asset} ${parameterNames[verdict.recommendation.param]}:** ${formatParameter(verdict.recommendation.param, verdict.recommendation.largestSafe)} (proposed ${formatParameter(verdict.recommendation.param, verdict.recommendation.proposed)}). ${verdict.recommendation.why}${verdict.recommendation.secondOpinion ? ` ${verdict.recommendation.secondOpinion.why}` : ''}`
    : ''
  const description = [
    fitText({ text: verdict.headline, max: 1200 }),
    recommendation ? fitText({ text: recommendation, max: 1200 }) : '',
    link,
  ]
    .filter((part) => part !== '')
    .join('\n\n')
  const footer = fitText({
    text: `engine ${verdict.provenance.engineVersion} · seed ${verdict.provenance.seed} · state ${verdict.provenance.stateHash.slice(0, 12)} · scenarios ${verdict.provenance.scenarioSetHash.slice(0, 12)}`,
    max: embedLimits.footerText,
  })

  const metricsField: APIEmbedField = {
    name: 'Key metrics (before → after)',
    value: fitLines({
      lines: metricRows(verdict.metrics).map((metric) => `${metric.label}: ${metric.before} → **${metric.after}**`),
      max: embedLimits.fieldValue,
      noun: 'metrics',
    }),
  }
  const changesField: APIEmbedField | undefined =
    verdict.changes.length + verdict.unknown.length > 0
      ? {
          name: 'Changes',
          value: fitLines({
            lines: [
              ...verdict.changes.map(formatChange),
              ...verdict.unknown.map((unknown) => `${actionLabel(unknown.action)}: could not decode (${unknown.reason})`),
            ],
            max: embedLimits.fieldValue,
            noun: 'changes',
          }),
        }
      : undefined
  const findingFields: APIEmbedField[] = findingOrder(verdict.findings).map((finding) => ({
    name: fitText({ text: `${severityMark[finding.severity]} ${finding.title}`, max: embedLimits.fieldName }),
    value: fitText({
      text: finding.metric
        ? `${finding.why}\n${formatFindingMetric(finding.metric)}`
        : finding.why,
      max: embedLimits.fieldValue,
    }),
  }))

  let used = title.length + description.length + footer.length
  const fields: APIEmbedField[] = []
  const fixed = [metricsField, ...(changesField ? [changesField] : [])]
  for (const field of fixed) {
    fields.push(field)
    used += field.name.length + field.value.length
  }
  const moreValue = `[On the verdict page](${pageUrl})`
  const moreFieldRoom = moreValue.length + '99 more findings'.length
  let shown = 0
  for (const field of findingFields) {
    const size = field.name.length + field.value.length
    const last = field === findingFields[findingFields.length - 1]
    const room = last ? 0 : moreFieldRoom
    if (fields.length >= embedLimits.fields - (last ? 0 : 1) || used + size > embedLimits.total - room) break
    fields.push(field)
    used += size
    shown++
  }
  const hidden = findingFields.length - shown
  if (hidden > 0) {
    fields.push({ name: `${hidden} more finding${hidden === 1 ? '' : 's'}`, value: moreValue })
  }

  return {
    title,
    url: pageUrl,
    color: style.color,
    description,
    fields,
    footer: { text: footer },
    timestamp: verdict.provenance.createdAt,
  }
}
