/** Chart colours, the same in every chart: the market as it is (before, dashed) and with the proposal applied (after, solid). */
export const chartColors = { before: '#0969da', after: '#cf222e', muted: '#57606a' } as const

/** The stroke pattern of the "before" series in every chart. */
export const BEFORE_DASH = '6 4'
