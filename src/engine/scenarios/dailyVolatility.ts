import type { AssetState } from '../../model.ts'
import { dailyHistory, seriesFor } from './priceHistory.ts'

/**
 * The sample standard deviation of an asset's daily log returns over the 2021–2023 closes (fixtures/price-paths), or
 * undefined when the history holds no series of its own or of an alias (a stand-in series is not its volatility).
 */
export function dailyVolatility(asset: Pick<AssetState, 'symbol' | 'peg'>): { volatility: number; series: string; days: number } | undefined {
  const { symbol, standIn } = seriesFor(asset)
  if (standIn) return undefined
  const prices = dailyHistory.prices[symbol]
  // Welford's running mean and sum of squared deviations of ln(p_t / p_t−1)
  let count = 0
  let mean = 0
  let squares = 0
  for (let day = 1; day < prices.length; day++) {
    const change = Math.log(prices[day] / prices[day - 1])
    count++
    const delta = change - mean
    mean += delta / count
    squares += delta * (change - mean)
  }
  return count > 1 ? { volatility: Math.sqrt(squares / (count - 1)), series: symbol, days: count } : undefined
}
