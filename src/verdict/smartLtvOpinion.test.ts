import { expect, test } from 'vitest'
import { tinyMarket } from '../../test/support/tinyMarket.ts'
import { runCheck } from '../check.ts'
import { dailyVolatility } from '../engine/scenarios/dailyVolatility.ts'
import type { MarketState, Recommendation } from '../model.ts'
import { smartLtvOpinion } from './smartLtvOpinion.ts'

// tinyMarket's WETH (bonus 5 %) with a 100,000 WETH supply cap ($200M) and a constant-product pool $1.9B deep, so that
// $100M sells within the 5 % bonus (V/(D + V) = .05 → V = 1.9B · .05/.95). Hand-made, not observed.
const market: MarketState = {
  ...tinyMarket({ positions: Array.from({ length: 10 }, (_, i) => ({ account: `0x${i}`, collateral: { WETH: '10' }, debt: { USDC: String(10_000 + 500 * i) } })), weth: { supplyCap: '100000' } }),
  liquidity: { WETH: { kind: 'constant-product', depthUsd: '1900000000', source: 'test' } },
}
const recommendation: Recommendation = { asset: 'WETH', param: 'liquidationThreshold', proposed: '0.9', largestSafe: '0.85', why: 'test' }

test('default: SmartLTV beside a threshold recommendation, with the confidence the proposal implies (worked by hand)', () => {
  const sigma = dailyVolatility(market.assets[0])!.volatility
  expect(sigma).toBeCloseTo(0.0489, 4) // WETH daily log returns, 2021-01 → 2023-02
  const opinion = smartLtvOpinion({ recommendation, state: market })!
  // e^(−3 · σ · √(200M / 100M)) − .05
  const expected = Math.exp(-3 * sigma * Math.SQRT2) - 0.05
  expect(Number(opinion.value)).toBeCloseTo(expected, 4)
  expect(Number(opinion.value)).toBeCloseTo(0.7628, 3)
  // c = −ln(.9 + .05) · √(100M / 200M) / σ
  expect(Number(opinion.impliedConfidence)).toBeCloseTo((-Math.log(0.95) * Math.SQRT1_2) / sigma, 2)
  expect(opinion.why).toContain('$100M of WETH sells within the 5 % bonus')
  expect(opinion.why).toContain('the supply cap')
})

test('behavior: no liquidity curve or no volatility of its own, no second opinion', () => {
  expect(smartLtvOpinion({ recommendation, state: { ...market, liquidity: {} } })).toBeUndefined()
  const renamed = { ...market, assets: market.assets.map((asset) => (asset.symbol === 'WETH' ? { ...asset, symbol: 'XYZ' } : asset)), liquidity: { XYZ: market.liquidity.WETH } }
  expect(smartLtvOpinion({ recommendation: { ...recommendation, asset: 'XYZ' }, state: renamed })).toBeUndefined()
  expect(smartLtvOpinion({ recommendation: { ...recommendation, param: 'supplyCap' }, state: market })).toBeUndefined()
})

test('behavior: a verdict whose threshold fails the VaR bound carries the SmartLTV second opinion beside the largest safe value', async () => {
  const verdict = await runCheck({
    proposal: { source: 'api', chainId: 1, id: 'smart-ltv', title: 't', actions: [] },
    changes: [{ protocol: 'aave-v3', chainId: 1, market: market.market, asset: market.assets[0].address, symbol: 'WETH', param: 'liquidationThreshold', after: '0.95', action: 0 }],
    state: market,
    seed: 1,
    createdAt: '2026-01-01T00:00:00Z',
    policy: { var99Increase: { cautionUsd: '1', failUsd: '1000000000' }, insolvencyProbabilityIncreaseFail: '1', stewardStep: { ratioPoints: '1', capRelative: '100' } },
  })
  expect(verdict.recommendation?.largestSafe).toBeDefined()
  expect(verdict.recommendation?.secondOpinion?.method).toMatch(/^SmartLTV/)
  // LT 95 % with a 5 % bonus leaves no margin: the implied confidence is 0
  expect(Number(verdict.recommendation?.secondOpinion?.impliedConfidence)).toBeCloseTo(0, 6)
})
