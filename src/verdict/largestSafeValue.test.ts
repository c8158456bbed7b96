import Decimal from 'decimal.js'
import { expect, test } from 'vitest'
import { defaultState } from '../protocols/defaultState.ts'
import { largestSafeValue } from './largestSafeValue.ts'
import { DEFAULT_POLICY } from './policy.ts'

const weth = defaultState.assets.find((asset) => asset.symbol === 'WETH')
if (!weth) throw new Error('the default state has no WETH')
const guard = new Decimal(1).div(new Decimal(1).plus(weth.liquidationBonus))

test('default', async () => {
  const found = await largestSafeValue({ state: defaultState, asset: 'WETH', param: 'liquidationThreshold', seed: 1 })
  expect(found.current).toBe(new Decimal(weth.liquidationThreshold).toFixed())
  expect(new Decimal(found.largestSafe).gte(found.current)).toBe(true)
  expect(new Decimal(found.largestSafe).lte(guard)).toBe(true)
  expect(found.bound).toEqual({ value: guard.toFixed(), reason: 'LT·(1+bonus) may not exceed 1' })
  expect(found.runs).toBeLessThanOrEqual(9)
})

test('behavior: a policy that tolerates no rise keeps the current value; one that tolerates anything reaches the guard', async () => {
  const strict = { ...DEFAULT_POLICY, var99Increase: { cautionUsd: '0', failUsd: '0' }, insolvencyProbabilityIncreaseFail: '0' }
  const none = await largestSafeValue({ state: defaultState, asset: 'WETH', param: 'liquidationThreshold', seed: 1, policy: strict, maxSteps: 3 })
  expect(none.largestSafe).toBe(new Decimal(weth.liquidationThreshold).toDecimalPlaces(4, Decimal.ROUND_DOWN).toFixed())
  const lax = { ...DEFAULT_POLICY, var99Increase: { cautionUsd: '1e15', failUsd: '1e15' }, insolvencyProbabilityIncreaseFail: '2' }
  const all = await largestSafeValue({ state: defaultState, asset: 'WETH', param: 'liquidationThreshold', seed: 1, policy: lax })
  expect(all).toMatchObject({ largestSafe: guard.toDecimalPlaces(4, Decimal.ROUND_DOWN).toFixed(), runs: 1 })
})

test('errors: an asset the market does not list', async () => {
  await expect(largestSafeValue({ state: defaultState, asset: 'NOPE', param: 'collateralFactor', seed: 1 })).rejects.toThrow('has no asset NOPE')
})
