/** Chart colours: the market as it is (before) and with the proposal applied (after). */
export const chartColors = { before: '#0969da', after: '#cf222e', price: '#8250df', muted: '#57606a' } as const
