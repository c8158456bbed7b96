import { expect, test } from 'vitest'
import { tinyMarket } from '../../test/support/tinyMarket.ts'
import type { ParameterChange } from '../model.ts'
import { applyChanges } from './applyChanges.ts'

const market = tinyMarket({ positions: [] })
const weth: Omit<ParameterChange, 'param' | 'after'> = { protocol: 'aave-v3', chainId: 1, market: market.market, asset: market.assets[0].address, symbol: 'WETH', action: 0 }

test('default: a change lands on its asset, with `before` read from the state', () => {
  const { state, changes, unapplied, standIn } = applyChanges(market, [{ ...weth, param: 'liquidationThreshold', after: '0.86' }])
  expect(state.assets[0].liquidationThreshold).toBe('0.86')
  expect(changes[0].before).toBe('0.825')
  expect(unapplied).toEqual([])
  expect(standIn).toBe(false)
  expect(market.assets[0].liquidationThreshold).toBe('0.825')
})

test('behavior: an eMode membership change lands on the category, never on the reserve', () => {
  const change: ParameterChange = { ...weth, param: 'collateralEnabled', after: 'false', eModeCategory: 1 }
  const { state, unapplied } = applyChanges(market, [change])
  expect(state.assets[0].collateralEnabled).toBe(true)
  expect(unapplied).toEqual([])
  expect(state.eModeCategories).toEqual([expect.objectContaining({ id: 1, assets: [], borrowable: [] })])
})

test('behavior: a change naming another market is matched by symbol and marked as a stand-in, without a borrowed `before`', () => {
  const { changes, standIn } = applyChanges(market, [{ ...weth, market: '0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9', asset: null, param: 'liquidationBonus', after: '0.07' }])
  expect(standIn).toBe(true)
  expect(changes[0].before).toBeUndefined()
})

test('errors: an asset the market does not list is reported, not dropped', () => {
  const { unapplied } = applyChanges(market, [{ ...weth, asset: null, symbol: 'stETH', param: 'liquidationThreshold', after: '0.9' }])
  expect(unapplied[0].reason).toMatch(/no asset stETH/)
})
