import { expect, test } from 'vitest'
import { tinyMarket } from '../../test/support/tinyMarket.ts'
import { runCheck } from '../check.ts'
import type { ParameterChange } from '../model.ts'

// Ten borrowers with 10 WETH each and debts from $10,000 to $14,500: the higher the LT, the later they are
// liquidated and the more of them end underwater in a deep drop. Hand-made, not observed.
const positions = Array.from({ length: 10 }, (_, i) => ({ account: `0x${i}`, collateral: { WETH: '10' }, debt: { USDC: String(10_000 + 500 * i) } }))
const market = tinyMarket({ positions })
const change = (after: string): ParameterChange => ({ protocol: 'aave-v3', chainId: 1, market: market.market, asset: market.assets[0].address, symbol: 'WETH', param: 'liquidationThreshold', after, action: 0 })
const check = (after: string) =>
  runCheck({ proposal: { source: 'api', chainId: 1, id: `lt-${after}`, title: 't', actions: [] }, changes: [change(after)], state: market, seed: 1, createdAt: '2026-01-01T00:00:00Z', policy: { var99Increase: { cautionUsd: '1', failUsd: '1000000000' }, insolvencyProbabilityIncreaseFail: '1', stewardStep: { ratioPoints: '1', capRelative: '100' } } })

test('default: a threshold that raises VaR past the policy gets the largest value that does not', async () => {
  const verdict = await check('0.95')
  expect(verdict.metrics.after.var99Usd).toBeGreaterThan(verdict.metrics.before.var99Usd + 1)
  expect(verdict.recommendation).toMatchObject({ asset: 'WETH', param: 'liquidationThreshold', proposed: '0.95' })
  const largestSafe = Number(verdict.recommendation?.largestSafe)
  expect(largestSafe).toBeGreaterThanOrEqual(0.825)
  expect(largestSafe).toBeLessThan(0.95)
  // The recommended value itself stays within the bound.
  const atRecommended = await check(verdict.recommendation?.largestSafe ?? '0')
  expect(atRecommended.metrics.after.var99Usd).toBeLessThanOrEqual(verdict.metrics.before.var99Usd + 1)
})

test('behavior: a change within the policy gets no recommendation', async () => {
  expect((await check('0.825')).recommendation).toBeUndefined()
})
