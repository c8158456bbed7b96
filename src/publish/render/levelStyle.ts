import type { Severity, VerdictLevel } from '../../model.ts'

/**
 * How each verdict level looks everywhere it is shown: embed colour, page colour, a word for it, and what it means in
 * a few words (src/verdict/decideLevel.ts: a critical finding fails, an unsimulated action needs review, a warning is caution).
 */
export const levelStyle: Record<VerdictLevel, { color: number; css: string; label: string; meaning: string }> = {
  PASS: { color: 0x2ea043, css: '#2ea043', label: 'PASS', meaning: 'within the policy' },
  CAUTION: { color: 0xd29922, css: '#9a6700', label: 'CAUTION', meaning: 'worth a closer look' },
  FAIL: { color: 0xcf222e, css: '#cf222e', label: 'FAIL', meaning: "breaks a policy bound or a protocol's guard" },
  REVIEW: { color: 0x6e7781, css: '#57606a', label: 'REVIEW', meaning: 'part of it could not be simulated' },
}

/** The four levels in one line: "PASS within the policy · CAUTION worth a closer look · …". */
export const levelLegend = (Object.keys(levelStyle) as VerdictLevel[]).map((level) => `${level} ${levelStyle[level].meaning}`).join(' · ')

/** A marker per finding severity, for chat and Markdown. */
export const severityMark: Record<Severity, string> = {
  critical: '🔴',
  review: '🔵',
  warning: '🟠',
  info: '⚪',
}
