import { expect, test } from 'vitest'
import { lstMarket } from '../../test/support/lstMarket.ts'
import type { MarketState } from '../model.ts'
import { positionBorrowLimit } from './positionBorrowLimit.ts'

const state = lstMarket({ positions: [] })

test('default: an account in eMode borrows at the category LTV on the category assets, at its own LTV elsewhere', () => {
  const limitOf = positionBorrowLimit(state)
  // 10 wstETH ($23,000) and 10,000 USDC, 15,000 of WETH debt ($30,000).
  const position = { account: '0x01', collateral: { wstETH: '10', USDC: '10000' }, debt: { WETH: '15' } }
  // Out of eMode: 23,000 · 0.785 + 10,000 · 0.77 = 25,755 borrowable; 23,000 · 0.81 + 10,000 · 0.8 = 26,630 at the threshold.
  expect(limitOf(position)).toEqual({ collateralUsd: 33_000, borrowLimitUsd: 23_000 * 0.785 + 7_700, liquidationLimitUsd: 23_000 * 0.81 + 8_000, debtUsd: 30_000, healthFactor: (23_000 * 0.81 + 8_000) / 30_000 })
  // In category 1 (LTV 0.90, LT 0.93) wstETH counts at the category's figures; USDC, not in it, at its own.
  const inEMode = limitOf({ ...position, eModeCategory: 1 })
  expect(inEMode.borrowLimitUsd).toBeCloseTo(23_000 * 0.9 + 7_700, 9)
  expect(inEMode.liquidationLimitUsd).toBeCloseTo(23_000 * 0.93 + 8_000, 9)
})

test('behavior: limits read the oracles, a reserve with LTV 0 gives no borrowing power, Compound v2 has one factor', () => {
  const frozenLtv: MarketState = { ...state, assets: state.assets.map((asset) => (asset.symbol === 'wstETH' ? { ...asset, collateralFactor: '0' } : asset)) }
  const position = { account: '0x01', collateral: { wstETH: '10' }, debt: {}, eModeCategory: 1 }
  // Aave v3.0 GenericLogic: `if (vars.ltv != 0)` — even the category LTV does not apply to a reserve whose own LTV is 0.
  expect(positionBorrowLimit(frozenLtv)(position)).toMatchObject({ borrowLimitUsd: 0, liquidationLimitUsd: 23_000 * 0.93, healthFactor: Number.POSITIVE_INFINITY })
  // A fixed source answering $2,100 is what the protocol lends against, whatever the market price.
  const fixed: MarketState = { ...state, assets: state.assets.map((asset) => (asset.symbol === 'wstETH' ? { ...asset, oracle: { ...asset.oracle, kind: 'fixed', answer: '2100' } } : asset)) }
  expect(positionBorrowLimit(fixed)({ ...position, eModeCategory: undefined }).collateralUsd).toBe(21_000)
  const compound: MarketState = { ...state, protocol: 'compound-v2', eModeCategories: undefined }
  expect(positionBorrowLimit(compound)({ ...position, eModeCategory: undefined }).liquidationLimitUsd).toBeCloseTo(23_000 * 0.785, 9)
})

test('errors: an asset the market does not list', () => {
  expect(() => positionBorrowLimit(state)({ account: '0x01', collateral: { stETH: '1' }, debt: {} })).toThrow(/holds stETH, which is not an asset/)
})
