import type { MarketState, NetworkConditions, Scenario } from '../../model.ts'
import { eventWindows } from './priceHistory.ts'
import { round } from './historicalScenarios.ts'

export type BrokenPegScenariosParameters = { state: MarketState; stepSeconds: number; network: NetworkConditions }

/**
 * "Broken correlation" scenarios: one pegged asset loses its peg while everything else holds still. USD-pegged assets
 * replay USDC's March 2023 depeg and UST's May 2022 collapse; ETH-pegged assets replay stETH's June 2022 discount to ETH
 * (the stETH/ETH ratio). Replays run from the window's start to its low, one step per `stepSeconds`.
 */
export function brokenPegScenarios({ state, stepSeconds, network }: BrokenPegScenariosParameters): Scenario[] {
  const usdc = eventWindows.find((window) => window.id === '2023-03-usdc-depeg')
  const luna = eventWindows.find((window) => window.id === '2022-05-luna-ust')
  const steth = eventWindows.find((window) => window.id === '2022-06-steth-discount')
  const shapes: { peg: string; id: string; label: string; series: number[]; seriesStepSeconds: number }[] = []
  if (usdc) shapes.push({ peg: 'USD', id: 'usdc-2023', label: "USDC's March 2023 depeg", series: usdc.prices.USDC, seriesStepSeconds: usdc.stepSeconds })
  if (luna) shapes.push({ peg: 'USD', id: 'ust-2022', label: "UST's May 2022 collapse", series: luna.prices.UST, seriesStepSeconds: luna.stepSeconds })
  if (steth) {
    const ratio = steth.prices.stETH.map((price, i) => price / steth.prices.WETH[i])
    shapes.push({ peg: 'ETH', id: 'steth-2022', label: "stETH's June 2022 discount to ETH", series: ratio, seriesStepSeconds: steth.stepSeconds })
  }
  const scenarios: Scenario[] = []
  for (const asset of state.assets) {
    for (const shape of shapes) {
      if (asset.peg?.to !== shape.peg) continue
      const stride = Math.max(1, Math.round(stepSeconds / shape.seriesStepSeconds))
      let low = 0
      for (let i = 1; i < shape.series.length; i++) if (shape.series[i] < shape.series[low]) low = i
      const path: number[] = []
      for (let i = stride; i < low + stride; i += stride) path.push(round(shape.series[Math.min(i, low)] / shape.series[0]))
      scenarios.push({
        id: `broken-peg-${asset.symbol}-${shape.id}`,
        kind: 'broken-peg',
        label: `${asset.symbol} loses its ${shape.peg} peg as in ${shape.label}; other assets hold`,
        paths: { [asset.symbol]: path },
        network,
        stepSeconds: stride * shape.seriesStepSeconds,
      })
    }
  }
  return scenarios
}
