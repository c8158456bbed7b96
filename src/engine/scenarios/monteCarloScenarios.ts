import type { MarketState, NetworkConditions, Scenario } from '../../model.ts'
import { mulberry32 } from '../random/mulberry32.ts'
import { sampleStudentT } from '../random/sampleStudentT.ts'
import { round } from './historicalScenarios.ts'
import { dailyHistory, seriesFor } from './priceHistory.ts'

export type MonteCarloScenariosParameters = {
  state: MarketState
  seed: number
  count: number
  /** Seconds per step; the horizon is one day, so 86,400 / stepSeconds steps. */
  stepSeconds: number
  network: NetworkConditions
}

/** Degrees of freedom of the Student-t innovations: fat tails (kurtosis is infinite at ν = 4). */
export const DEGREES_OF_FREEDOM = 4
/** Rolling window (days) over which historical volatility regimes are measured. */
const REGIME_DAYS = 30
/**
 * Gas price grows with the day's drawdown of the main collateral: gwei = base · exp(8 · drawdown) (30 → ~330 gwei at a 30 %
 * fall). An assumption shaped on congestion during past crashes, not a fitted figure.
 */
const CONGESTION_SENSITIVITY = 8

/**
 * One-day Monte Carlo paths, correlated and fat-tailed: per step, innovations are a Student-t (ν = 4, unit variance)
 * vector correlated by the Cholesky factor of the daily log-return correlation of 2021–2023, scaled by each series'
 * daily volatility times a volatility regime. The regime of a scenario is the 30-day rolling volatility of a day drawn
 * at random from the history, over the whole-period volatility — so calm and crisis months appear as often as they
 * did. Seeded: the same seed gives the same paths.
 */
export function monteCarloScenarios({ state, seed, count, stepSeconds, network }: MonteCarloScenariosParameters): Scenario[] {
  const symbols = [...new Set(state.assets.map((asset) => seriesFor(asset).symbol))]
  const returns = symbols.map((symbol) => logReturns(dailyHistory.prices[symbol]))
  const days = Math.min(...returns.map((series) => series.length))
  const volatility = returns.map((series) => standardDeviation(series, 0, days))
  const cholesky = choleskyFactor(correlationMatrix(returns, days))
  const regimeSeries = returns[Math.max(0, symbols.indexOf('WETH'))]
  const regimeVolatility = volatility[Math.max(0, symbols.indexOf('WETH'))]
  const regimes: number[] = []
  for (let day = REGIME_DAYS; day <= days; day++) regimes.push(standardDeviation(regimeSeries, day - REGIME_DAYS, day) / regimeVolatility)
  const steps = Math.max(1, Math.round(86_400 / stepSeconds))
  const stepScale = Math.sqrt(1 / steps)
  const random = mulberry32(seed)
  const k = symbols.length
  const innovation = new Float64Array(k)
  const correlated = new Float64Array(k)
  const mainSeries = symbols.indexOf(seriesFor(mainCollateral(state)).symbol)
  const scenarios: Scenario[] = []
  for (let s = 0; s < count; s++) {
    const regime = regimes[Math.floor(random() * regimes.length)]
    const logPrice = new Float64Array(k)
    const paths = symbols.map(() => new Array<number>(steps))
    let mainLow = 0
    for (let step = 0; step < steps; step++) {
      for (let i = 0; i < k; i++) innovation[i] = sampleStudentT(random, DEGREES_OF_FREEDOM)
      for (let i = 0; i < k; i++) {
        let sum = 0
        for (let j = 0; j <= i; j++) sum += cholesky[i * k + j] * innovation[j]
        correlated[i] = sum
      }
      for (let i = 0; i < k; i++) {
        logPrice[i] += volatility[i] * regime * stepScale * correlated[i]
        paths[i][step] = round(Math.exp(logPrice[i]))
      }
      if (mainSeries >= 0) mainLow = Math.min(mainLow, logPrice[mainSeries])
    }
    const drawdown = 1 - Math.exp(mainLow)
    scenarios.push({
      id: `mc-${String(s + 1).padStart(5, '0')}`,
      kind: 'monte-carlo',
      label: `Monte Carlo day ${s + 1}: correlated Student-t (ν = ${DEGREES_OF_FREEDOM}), volatility regime ×${regime.toFixed(2)}`,
      paths: Object.fromEntries(state.assets.map((asset) => [asset.symbol, paths[symbols.indexOf(seriesFor(asset).symbol)]])),
      network: { ...network, gasPriceGwei: round(network.gasPriceGwei * Math.exp(CONGESTION_SENSITIVITY * drawdown)) },
      stepSeconds,
    })
  }
  return scenarios
}

function mainCollateral(state: MarketState) {
  const valueBySymbol = new Map<string, number>()
  for (const position of state.positions)
    for (const [symbol, amount] of Object.entries(position.collateral)) valueBySymbol.set(symbol, (valueBySymbol.get(symbol) ?? 0) + Number(amount))
  let best = state.assets[0]
  let bestValue = -1
  for (const asset of state.assets) {
    const value = (valueBySymbol.get(asset.symbol) ?? 0) * Number(asset.price)
    if (value > bestValue) {
      bestValue = value
      best = asset
    }
  }
  return best
}

function logReturns(prices: number[]): Float64Array {
  const returns = new Float64Array(prices.length - 1)
  for (let i = 1; i < prices.length; i++) returns[i - 1] = Math.log(prices[i] / prices[i - 1])
  return returns
}

function standardDeviation(series: Float64Array, from: number, to: number): number {
  let mean = 0
  for (let i = from; i < to; i++) mean += series[i]
  mean /= to - from
  let variance = 0
  for (let i = from; i < to; i++) variance += (series[i] - mean) ** 2
  return Math.sqrt(variance / (to - from - 1))
}

function correlationMatrix(returns: Float64Array[], days: number): Float64Array {
  const k = returns.length
  const matrix = new Float64Array(k * k)
  const deviation = returns.map((series) => standardDeviation(series, 0, days))
  const mean = returns.map((series) => series.subarray(0, days).reduce((sum, value) => sum + value, 0) / days)
  for (let i = 0; i < k; i++)
    for (let j = 0; j <= i; j++) {
      let covariance = 0
      for (let d = 0; d < days; d++) covariance += (returns[i][d] - mean[i]) * (returns[j][d] - mean[j])
      const correlation = i === j ? 1 : covariance / (days - 1) / (deviation[i] * deviation[j])
      matrix[i * k + j] = correlation
      matrix[j * k + i] = correlation
    }
  return matrix
}

/** Lower-triangular L with L·Lᵀ = matrix (Cholesky–Banachiewicz); a tiny ridge keeps near-singular matrices positive. */
export function choleskyFactor(matrix: Float64Array): Float64Array {
  const k = Math.round(Math.sqrt(matrix.length))
  const factor = new Float64Array(k * k)
  for (let i = 0; i < k; i++)
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * k + j] + (i === j ? 1e-10 : 0)
      for (let m = 0; m < j; m++) sum -= factor[i * k + m] * factor[j * k + m]
      factor[i * k + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / factor[j * k + j]
    }
  return factor
}
