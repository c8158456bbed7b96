import { expect, test } from 'vitest'
import { randomMarket } from '../../test/support/randomMarket.ts'
import { defaultScenarioSet } from './defaultScenarioSet.ts'

const state = randomMarket({ seed: 1, positions: 50 })

test('default: shock grid, historical windows, broken pegs and seeded Monte Carlo days', async () => {
  const set = await defaultScenarioSet({ state, seed: 3, monteCarloScenarios: 100 })
  const count = (kind: string) => set.scenarios.filter((scenario) => scenario.kind === kind).length
  expect(count('shock')).toBe(12)
  expect(count('historical')).toBe(8)
  // USDC and DAI (USD) replay USDC 2023 and UST 2022; wstETH (ETH) replays stETH 2022.
  expect(count('broken-peg')).toBe(5)
  expect(count('monte-carlo')).toBe(100)
  // The LUNA window's worst day for ETH, replayed on today's prices: 2,317 → 1,771 (−23.5 %) in the CoinGecko series.
  const luna = set.scenarios.find((scenario) => scenario.id === '2022-05-luna-ust-worst-day')
  expect(Math.min(...(luna?.paths.WETH ?? []))).toBeCloseTo(0.7646, 3)
  // USDC's SVB depeg to its hourly low: 0.900761 over the first hour's close, 0.997005.
  const depeg = set.scenarios.find((scenario) => scenario.id === 'broken-peg-USDC-usdc-2023')
  expect(Object.keys(depeg?.paths ?? {})).toEqual(['USDC'])
  expect(depeg?.paths.USDC.at(-1)).toBeCloseTo(0.900761 / 0.997005, 5)
})

test('behavior: the same seed gives the same set and hash; another seed another', async () => {
  const a = await defaultScenarioSet({ state, seed: 3, monteCarloScenarios: 50 })
  const b = await defaultScenarioSet({ state, seed: 3, monteCarloScenarios: 50 })
  const c = await defaultScenarioSet({ state, seed: 4, monteCarloScenarios: 50 })
  expect(b).toEqual(a)
  expect(c.hash).not.toBe(a.hash)
})

test('behavior: Monte Carlo days are fat-tailed and correlated like the history', async () => {
  const set = await defaultScenarioSet({ state, seed: 9, monteCarloScenarios: 3_000 })
  const days = set.scenarios.filter((scenario) => scenario.kind === 'monte-carlo')
  const eth = days.map((scenario) => Math.log(scenario.paths.WETH.at(-1) ?? 1))
  const btc = days.map((scenario) => Math.log(scenario.paths.WBTC.at(-1) ?? 1))
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const [ethMean, btcMean] = [mean(eth), mean(btc)]
  const variance = mean(eth.map((value) => (value - ethMean) ** 2))
  const kurtosis = mean(eth.map((value) => (value - ethMean) ** 4)) / variance ** 2
  const correlation = mean(eth.map((value, i) => (value - ethMean) * (btc[i] - btcMean))) / Math.sqrt(variance * mean(btc.map((value) => (value - btcMean) ** 2)))
  // ETH's daily volatility 2021–2023 is about 4.5 %; regimes and t-innovations keep it near that, with fat tails.
  expect(Math.sqrt(variance)).toBeGreaterThan(0.03)
  expect(Math.sqrt(variance)).toBeLessThan(0.07)
  expect(kurtosis).toBeGreaterThan(4)
  expect(correlation).toBeGreaterThan(0.6)
})

test('behavior: without a count, a verdict runs 1,000 Monte Carlo days (the figure the README states)', async () => {
  const set = await defaultScenarioSet({ state, seed: 1 })
  expect(set.scenarios.filter((scenario) => scenario.kind === 'monte-carlo')).toHaveLength(1_000)
})
