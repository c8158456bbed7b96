import type { MarketState, NetworkConditions, Scenario } from '../../model.ts'
import { eventWindows, type PriceWindow, seriesFor } from './priceHistory.ts'

export type HistoricalScenariosParameters = { state: MarketState; stepSeconds: number; network: NetworkConditions }

/** The asset each window is about: its worst day is the one replayed. */
const FOCUS: Record<string, string> = {
  '2022-05-luna-ust': 'WETH',
  '2022-06-steth-discount': 'stETH',
  '2022-11-crv-short-attack': 'CRV',
  '2023-03-usdc-depeg': 'USDC',
}

/**
 * Historical stress windows replayed as relative moves on today's prices, two ways each: the worst 24 hours of the
 * window's focus asset, and the whole window from its start to the focus asset's low. Each asset follows its own series
 * (or its stand-in, see seriesFor); an asset the window has no series for holds still if USD-pegged, else follows WETH.
 */
export function historicalScenarios({ state, stepSeconds, network }: HistoricalScenariosParameters): Scenario[] {
  const scenarios: Scenario[] = []
  for (const window of eventWindows) {
    const stride = Math.max(1, Math.round(stepSeconds / window.stepSeconds))
    const focus = window.prices[FOCUS[window.id]] ?? window.prices.WETH ?? Object.values(window.prices)[0]
    const length = focus.length
    const day = Math.round(86_400 / window.stepSeconds)
    let worstStart = 0
    let worstDrop = Number.POSITIVE_INFINITY
    for (let start = 0; start + day < length; start++) {
      const drop = focus[start + day] / focus[start]
      if (drop < worstDrop) {
        worstDrop = drop
        worstStart = start
      }
    }
    let low = 0
    for (let i = 1; i < length; i++) if (focus[i] < focus[low]) low = i
    const replay = (from: number, to: number, id: string, label: string): Scenario => ({
      id,
      kind: 'historical',
      label,
      paths: pathsFor(state, window, from, to, stride),
      network,
      stepSeconds: stride * window.stepSeconds,
    })
    scenarios.push(replay(worstStart, worstStart + day, `${window.id}-worst-day`, `${window.label}: the worst 24 hours, replayed`))
    if (low > 0) scenarios.push(replay(0, low, `${window.id}-to-low`, `${window.label}: from the window's start to the low, replayed`))
  }
  return scenarios
}

function pathsFor(state: MarketState, window: PriceWindow, from: number, to: number, stride: number): Record<string, number[]> {
  const paths: Record<string, number[]> = {}
  for (const asset of state.assets) {
    const series = window.prices[seriesFor(asset).symbol] ?? (asset.peg?.to === 'USD' ? undefined : window.prices.WETH)
    if (!series) continue
    const path: number[] = []
    for (let i = from + stride; i < to + stride; i += stride) path.push(round(series[Math.min(i, to)] / series[from]))
    paths[asset.symbol] = path
  }
  return paths
}

/** Multipliers are kept to 6 decimals so a scenario set's JSON (and its hash) stays short and exact. */
export function round(multiplier: number): number {
  return Math.round(multiplier * 1e6) / 1e6
}
