import { expect, test } from 'vitest'
import { lstMarket, WSTETH_ADDRESS } from '../../../test/support/lstMarket.ts'
import type { MarketState, ParameterChange, Position, Scenario } from '../../model.ts'
import { applyChanges } from '../applyChanges.ts'
import { createScenarioRunner } from '../cascade/createScenarioRunner.ts'
import { CALM_NETWORK } from '../defaultScenarioSet.ts'
import { compileMarket } from '../market/compileMarket.ts'

// A wstETH → WETH loop in eMode category 1 (LTV 0.90, LT 0.93, bonus 1 %): 100 wstETH ($230,000) at HF 1.03, so
// 230,000 · 0.93 / 1.03 = $207,669.90 of WETH debt. Out of eMode (LT 0.81) the same account would be at HF 0.897.
const debtUsd = (230_000 * 0.93) / 1.03
const loop: Position = { account: '0x01', collateral: { wstETH: '100' }, debt: { WETH: String(debtUsd / 2_000) }, eModeCategory: 1 }
const state = lstMarket({ positions: [loop] })
const base: Omit<ParameterChange, 'param' | 'after'> = { protocol: 'aave-v3', chainId: 1, market: state.market, asset: null, action: 0 }
const category = (param: ParameterChange['param'], after: string): ParameterChange => ({ ...base, param, after, eModeCategory: 1 })
const flat: Scenario = { id: 'flat', kind: 'shock', label: 'flat', paths: {}, network: CALM_NETWORK }
const atExecution = (after: MarketState) => createScenarioRunner(compileMarket(after), { indexing: 'sorted' })(flat)

test('default: a category threshold lands on the category, and so on the accounts in it', () => {
  expect(compileMarket(state).initialHealth[0]).toBeCloseTo(1.03, 12)
  expect(atExecution(state).liquidations).toBe(0)
  const { state: after, changes, unapplied } = applyChanges(state, [category('liquidationThreshold', '0.9')])
  expect(unapplied).toEqual([])
  expect(changes[0].before).toBe('0.93')
  expect(after.eModeCategories?.[0].liquidationThreshold).toBe('0.9')
  expect(after.assets.find((asset) => asset.symbol === 'wstETH')!.liquidationThreshold).toBe('0.81') // the reserve keeps its own
  expect(state.eModeCategories?.[0].liquidationThreshold).toBe('0.93')
  // HF = 1.03 · 0.90 / 0.93 = 0.9968 > 0.95: half the debt, $103,834.95, is repaid at execution and collateral seized at the
  // category's 1 % bonus (not the reserve's 6 %): $104,873.30.
  const result = atExecution(after)
  expect(result.liquidations).toBe(1)
  expect(result.liquidatedUsd).toBeCloseTo(debtUsd / 2, 6)
  expect(result.seizedUsd! + (debtUsd / 2) * 0.01 * 0.1).toBeCloseTo((debtUsd / 2) * 1.01, 6)
})

test('behavior: an asset leaving the category (setAssetEModeCategory → 0) is measured at its reserve threshold', () => {
  const leave: ParameterChange = { ...base, asset: WSTETH_ADDRESS, symbol: 'wstETH', param: 'eModeCategory', after: '0' }
  const { state: after, changes, unapplied } = applyChanges(state, [leave])
  expect(unapplied).toEqual([])
  expect(changes[0].before).toBe('1')
  expect(after.eModeCategories?.[0].assets).toEqual(['WETH'])
  // HF = 230,000 · 0.81 / 207,669.90 = 0.897 ≤ 0.95: the whole debt is repaid at execution, at the reserve's 6 % bonus.
  const result = atExecution(after)
  expect(result.liquidations).toBe(1)
  expect(result.liquidatedUsd).toBeCloseTo(debtUsd, 6)
  expect(result.badDebtUsd).toBe(0)
})

test('behavior: a category price source prices every member for accounts in it (Aave v3.0/3.1)', () => {
  // The category priced by WETH's ETH/USD feed reads wstETH at $2,000, not 1.15 × $2,000: HF = 200,000 · 0.93 / 207,669.90
  // = 0.896, so all of it is seized for 200,000 / 1.01 = $198,019.80 of debt and the other $9,650.10 is burnt as a deficit.
  const weth = state.assets[0]
  const { state: after, changes, unapplied } = applyChanges(state, [category('oracle', weth.oracle.address)])
  expect(unapplied).toEqual([])
  expect(changes[0].before).toBe('0x0000000000000000000000000000000000000000')
  expect(after.eModeCategories?.[0].priceSource).toMatchObject({ address: weth.oracle.address, kind: 'chainlink', underlying: 'WETH' })
  const market = compileMarket(after)
  expect(market.oracles.count).toBe(4)
  expect(market.initialHealth[0]).toBeCloseTo((200_000 * 0.93) / debtUsd, 12)
  const result = atExecution(after)
  expect(result.liquidatedUsd).toBeCloseTo(200_000 / 1.01, 6)
  expect(result.badDebtUsd).toBeCloseTo(debtUsd - 200_000 / 1.01, 6)
  // 0x0 takes the price source away again.
  const cleared = applyChanges(after, [category('oracle', '0x0000000000000000000000000000000000000000')])
  expect(cleared.state.eModeCategories?.[0].priceSource).toBeUndefined()
  expect(compileMarket(cleared.state).initialHealth[0]).toBeCloseTo(1.03, 12)
})

test('behavior: v3.2 collateral and borrowable memberships change apart; a new id creates its category', () => {
  const collateralOut: ParameterChange = { ...base, asset: WSTETH_ADDRESS, symbol: 'wstETH', param: 'collateralEnabled', after: 'false', eModeCategory: 1 }
  const { state: after, changes } = applyChanges(state, [collateralOut])
  expect(changes[0].before).toBe('true')
  expect(after.eModeCategories?.[0]).toMatchObject({ assets: ['WETH'], borrowable: ['WETH', 'wstETH'] })
  expect(atExecution(after).liquidatedUsd).toBeCloseTo(debtUsd, 6) // its collateral back at LT 0.81
  const created = applyChanges(state, [{ ...category('collateralFactor', '0.97'), eModeCategory: 2 }, { ...category('liquidationThreshold', '0.975'), eModeCategory: 2 }])
  expect(created.state.eModeCategories?.[1]).toMatchObject({ id: 2, collateralFactor: '0.97', liquidationThreshold: '0.975', assets: [] })
  expect(created.changes.map((change) => change.before)).toEqual(['0', '0']) // an unset category reads as zeros in Aave's storage
})

test('errors: what cannot be applied to a category is listed unapplied with the reason', () => {
  const { unapplied, state: after } = applyChanges(state, [
    category('oracle', '0x00000000000000000000000000000000000f33d0'),
    category('supplyCap', '100'),
    { ...base, asset: null, symbol: 'stETH', param: 'eModeCategory', after: '1' },
  ])
  expect(unapplied.map(({ reason }) => reason)).toEqual([
    expect.stringMatching(/eMode category 1: nothing is known of the proposed price source/),
    'supplyCap of eMode category 1 is not modelled',
    expect.stringMatching(/no asset stETH/),
  ])
  expect(after.eModeCategories).toEqual(state.eModeCategories)
})
