import type { ExposureNodeKind } from '../../../model.ts'
import { formatUsd } from '../../../verdict/format.ts'
import { escapeHtml } from '../escapeHtml.ts'
import { chartColors } from './colors.ts'

export type NetworkChartParameters = {
  title: string
  nodes: { id: string; name: string; kind: ExposureNodeKind; sizeUsd: number; spreadLossUsd: number }[]
  /** `holder` holds `held`; the loss flows from held to holder. `atRiskUsd` sets the line's weight. */
  edges: { holder: string; held: string; atRiskUsd: number }[]
}

const kindColors: Record<ExposureNodeKind, string> = {
  lst: '#8250df',
  stablecoin: '#1a7f37',
  market: '#0969da',
  bridge: '#bc4c00',
  vault: '#9a6700',
  token: '#57606a',
}

const width = 760
const columnGap = 300
const rowGap = 96
const margin = { top: 40, left: 90, bottom: 40 }
const round = (value: number) => Math.round(value * 10) / 10

/**
 * The exposure graph as an inline SVG: columns by how deep a node sits in the chain of holdings (what holds nothing
 * on the left, its holders to the right, so a loss reads left to right), circles sized by √ size, lines weighted by
 * √ the exposure at risk, each node titled with what its failure costs the others. No external assets.
 */
export function networkChart({ title, nodes, edges }: NetworkChartParameters): string {
  const index = new Map(nodes.map((node, i) => [node.id, i]))
  const links = edges.filter((edge) => index.has(edge.holder) && index.has(edge.held) && edge.holder !== edge.held)
  // column = 1 + the deepest column among what a node holds (longest path, bounded so a cycle cannot run away)
  const column = nodes.map(() => 0)
  for (let pass = 0; pass < nodes.length; pass++) {
    let moved = false
    for (const { holder, held } of links) {
      const next = Math.min(nodes.length - 1, column[index.get(held) as number] + 1)
      if (next > column[index.get(holder) as number]) {
        column[index.get(holder) as number] = next
        moved = true
      }
    }
    if (!moved) break
  }
  const columns = Math.max(...column, 0) + 1
  const byColumn = Array.from({ length: columns }, (_, c) => nodes.map((node, i) => ({ node, i })).filter(({ i }) => column[i] === c).sort((a, b) => b.node.sizeUsd - a.node.sizeUsd))
  const rows = Math.max(...byColumn.map((members) => members.length), 1)
  const height = margin.top + margin.bottom + (rows - 1) * rowGap + 40
  const gap = columns > 1 ? Math.min(columnGap, (width - 2 * margin.left) / (columns - 1)) : 0
  const left = round((width - (columns - 1) * gap) / 2)
  const position = new Map<number, { x: number; y: number }>()
  byColumn.forEach((members, c) => {
    const offset = ((rows - members.length) * rowGap) / 2
    members.forEach(({ i }, row) => position.set(i, { x: round(left + c * gap), y: round(margin.top + 20 + offset + row * rowGap) }))
  })
  const largest = Math.max(...nodes.map((node) => node.sizeUsd), 1)
  const radius = (size: number) => round(6 + 26 * Math.sqrt(Math.max(0, size) / largest))
  const heaviest = Math.max(...links.map((edge) => edge.atRiskUsd), 1)

  const lines = links
    .map(({ holder, held, atRiskUsd }) => {
      const start = position.get(index.get(held) as number) as { x: number; y: number }
      const end = position.get(index.get(holder) as number) as { x: number; y: number }
      // from the held node's right edge to the holder's left edge (columns run left to right)
      const from = { x: round(start.x + radius(nodes[index.get(held) as number].sizeUsd)), y: start.y }
      const to = { x: round(end.x - radius(nodes[index.get(holder) as number].sizeUsd) - 2), y: end.y }
      const bend = round((to.x - from.x) / 2)
      const weight = round(1 + 6 * Math.sqrt(Math.max(0, atRiskUsd) / heaviest))
      return `<path d="M${from.x},${from.y} C${from.x + bend},${from.y} ${to.x - bend},${to.y} ${to.x},${to.y}" fill="none" stroke="${chartColors.muted}" stroke-opacity=".45" stroke-width="${weight}" marker-end="url(#arrow)"><title>${escapeHtml(`${nodes[index.get(holder) as number].name} holds ${formatUsd(atRiskUsd)} at risk of ${nodes[index.get(held) as number].name}`)}</title></path>`
    })
    .join('')
  const circles = nodes
    .map((node, i) => {
      const { x, y } = position.get(i) as { x: number; y: number }
      const r = radius(node.sizeUsd)
      const label = node.name.length > 28 ? `${node.name.slice(0, 27)}…` : node.name
      return (
        `<g><circle class="node" cx="${x}" cy="${y}" r="${r}" fill="${kindColors[node.kind]}" fill-opacity=".85" stroke="#fff" stroke-width="1.5"><title>${escapeHtml(`${node.name}: ${formatUsd(node.sizeUsd)}; its failure would cost the others ${formatUsd(node.spreadLossUsd)}`)}</title></circle>` +
        `<text x="${x}" y="${round(y + r + 14)}" text-anchor="middle">${escapeHtml(label)}</text>` +
        `<text x="${x}" y="${round(y + r + 28)}" text-anchor="middle" fill="${chartColors.muted}">${escapeHtml(formatUsd(node.sizeUsd))}</text></g>`
      )
    })
    .join('')
  const kinds = [...new Set(nodes.map((node) => node.kind))]
  const legend = kinds.map((kind, k) => `<circle cx="${16 + k * 110}" cy="14" r="6" fill="${kindColors[kind]}"/><text x="${26 + k * 110}" y="18">${escapeHtml(kind)}</text>`).join('')
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">` +
    `<title>${escapeHtml(title)}</title>` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${chartColors.muted}"/></marker></defs>` +
    legend +
    lines +
    circles +
    '</svg>'
  )
}
