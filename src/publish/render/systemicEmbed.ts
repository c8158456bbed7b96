import type { APIEmbed } from 'discord-api-types/v10'
import type { SystemicReport } from '../../model.ts'
import { formatUsd } from '../../verdict/format.ts'
import { embedLimits } from './embedLimits.ts'
import { fitLines } from './fitLines.ts'
import { fitText } from './fitText.ts'

export type RenderSystemicEmbedParameters = {
  report: SystemicReport
  /** The report's page, linked from the title. */
  pageUrl: string
}

/** How many nodes the embed lists; the page has them all. */
const LISTED_NODES = 5

/**
 * The weekly systemic-risk report as one Discord embed within Discord's limits: the headline and the largest paths,
 * the nodes whose failure costs the others most, what moved since last week, and the graph hash and engine version
 * that reproduce it.
 */
export function renderSystemicEmbed({ report, pageUrl }: RenderSystemicEmbedParameters): APIEmbed {
  const description = fitText({ text: [report.headline, ...report.largestPaths.map((path) => `• ${path}`), `[Network, table and inputs](${pageUrl})`].join('\n'), max: 2000 })
  const nodes = report.nodes.slice(0, LISTED_NODES).map((node) => ({
    name: fitText({ text: node.name, max: embedLimits.fieldName }),
    value: fitText({
      text: `Its failure costs others ${formatUsd(node.spreadLossUsd)} (DebtRank ${node.debtRank.toFixed(4)}); clearing leaves ${formatUsd(node.clearingShortfallUsd)} unpaid${node.defaults.length ? `, ${node.defaults.length} default${node.defaults.length === 1 ? 's' : ''}` : ''}.`,
      max: embedLimits.fieldValue,
    }),
    inline: false,
  }))
  const moved = report.changes?.nodes.filter((node) => node.spreadLossUsdAfter !== node.spreadLossUsdBefore) ?? []
  const since = report.changes
    ? [
        {
          name: `Since ${report.changes.previousWeek}`,
          value: fitLines({
            lines: [
              ...moved.map((node) => `${node.name}: ${formatUsd(node.spreadLossUsdBefore)} → **${formatUsd(node.spreadLossUsdAfter)}**`),
              ...(report.changes.added.length ? [`New: ${report.changes.added.join(', ')}`] : []),
              ...(report.changes.removed.length ? [`Gone: ${report.changes.removed.join(', ')}`] : []),
              ...(moved.length + report.changes.added.length + report.changes.removed.length === 0 ? ['Nothing moved.'] : []),
            ],
            max: embedLimits.fieldValue,
            noun: 'changes',
          }),
          inline: false,
        },
      ]
    : []
  return {
    title: fitText({ text: `Systemic risk, week ${report.week}`, max: embedLimits.title }),
    url: pageUrl,
    description,
    color: 0x8250df,
    fields: [...nodes, ...since],
    footer: { text: fitText({ text: `report ${report.id} · graph ${report.provenance.graphHash.slice(0, 12)} · engine ${report.provenance.engineVersion}`, max: embedLimits.footerText }) },
  }
}
