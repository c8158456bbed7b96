import type { Severity, VerdictLevel } from '../../model.ts'

/** How each verdict level looks everywhere it is shown: embed colour, page colour, a word for it. */
export const levelStyle: Record<VerdictLevel, { color: number; css: string; label: string }> = {
  PASS: { color: 0x2ea043, css: '#2ea043', label: 'PASS' },
  CAUTION: { color: 0xd29922, css: '#b7791f', label: 'CAUTION' },
  FAIL: { color: 0xcf222e, css: '#cf222e', label: 'FAIL' },
  REVIEW: { color: 0x6e7781, css: '#57606a', label: 'REVIEW' },
}

/** A marker per finding severity, for chat and Markdown. */
export const severityMark: Record<Severity, string> = {
  critical: '🔴',
  review: '🔵',
  warning: '🟠',
  info: '⚪',
}
