import Decimal from 'decimal.js'
import { expect, test } from 'vitest'
import type { AssetState, Position } from '../../model.ts'
import snapshotJson from '../../../fixtures/markets/source/AaveV3Ethereum_UpgradeAaveV3ETHPooolWETHParameters_20231031_before.json'
import { canonicalHash } from '../../engine/canonicalHash.ts'
import { aaveConfigSnapshotToAssets, type AaveConfigSnapshot } from './aaveConfigSnapshotToAssets.ts'
import { aaveConfigSnapshotToEModeCategories } from './aaveConfigSnapshotToEModeCategories.ts'
import { generatePositions, type GeneratePositionsParameters } from './generatePositions.ts'

const snapshot = snapshotJson as unknown as AaveConfigSnapshot
const assets = aaveConfigSnapshotToAssets(snapshot)
const targets: GeneratePositionsParameters['targets'] = {
  WETH: { supply: 900_000, debt: 560_000 },
  wstETH: { supply: 700_000, debt: 5_000 },
  WBTC: { supply: 17_000, debt: 3_000 },
  USDC: { supply: 440_000_000, debt: 316_000_000 },
  USDT: { supply: 240_000_000, debt: 175_000_000 },
  LINK: { supply: 6_000_000, debt: 3_000_000 },
  UNI: { supply: 1_600_000, debt: 100_000 },
  GHO: { supply: 0, debt: 26_000_000 },
}
const parameters: GeneratePositionsParameters = { assets, targets, borrowableInIsolation: ['USDC', 'USDT', 'DAI', 'LUSD'], seed: 11, accounts: 600 }
/** Totals match the calibrated targets within 0.1 % (the only loss is rounding to 7 significant digits). */
const TOLERANCE = 0.001

test('default', () => {
  const { positions, totals } = generatePositions(parameters)
  expect(positions.length).toBeGreaterThan(500)
  expect(positions.length).toBeLessThan(700)
  for (const [symbol, target] of Object.entries(targets)) {
    expect(Math.abs(Number(totals[symbol].supply) - target.supply)).toBeLessThanOrEqual(TOLERANCE * target.supply)
    expect(Math.abs(Number(totals[symbol].debt) - target.debt)).toBeLessThanOrEqual(TOLERANCE * target.debt)
  }
  expect(totals.DAI).toEqual({ supply: '0', debt: '0' })
})

test('behavior: without the eMode parameter the positions are exactly those generated before it existed', async () => {
  const { positions } = generatePositions(parameters)
  expect(positions.some((position) => position.eModeCategory !== undefined)).toBe(false)
  // canonicalHash of these positions from the generator before eMode was added (main @ aee1829).
  expect(await canonicalHash(positions)).toBe('ff8c6b63b945fa27f1a786feb1586c2c190795728f583651da6c12944b011c7b')
})

test('behavior: with eMode, a share of the correlated borrowers enter the category and borrow against its threshold', () => {
  const categories = aaveConfigSnapshotToEModeCategories(snapshot, assets) // category 1: WETH, wstETH, cbETH, rETH
  const { positions, totals } = generatePositions({ ...parameters, eMode: { categories, share: 0.9 } })
  const eligible = positions.filter((position) => position.collateral.wstETH !== undefined && position.debt.WETH !== undefined)
  const entered = eligible.filter((position) => position.eModeCategory === 1)
  expect(eligible.length).toBeGreaterThan(20)
  expect(entered.length / eligible.length).toBeGreaterThan(0.75)
  expect(entered.length / eligible.length).toBeLessThan(1)
  // Only pairs the category covers: nothing borrowing USDC against WBTC is in eMode.
  expect(positions.filter((position) => position.eModeCategory !== undefined).every((position) => position.collateral.wstETH !== undefined || position.collateral.WETH !== undefined)).toBe(true)
  // Each account in eMode is at HF ≥ 1.01 against the category's LT of 0.93 — below 1 at the reserve's 0.81.
  const inEMode = entered.map((position) => healthFactor(position, assets, '0.93'))
  expect(Math.min(...inEMode)).toBeGreaterThanOrEqual(1.01)
  expect(Math.min(...entered.map((position) => healthFactor(position, assets)))).toBeLessThan(1)
  for (const [symbol, target] of Object.entries(targets)) expect(Math.abs(Number(totals[symbol].debt) - target.debt)).toBeLessThanOrEqual(TOLERANCE * target.debt)
})

test('behavior: same seed gives identical positions, another seed different ones', () => {
  const first = generatePositions(parameters)
  expect(generatePositions(parameters)).toEqual(first)
  expect(generatePositions({ ...parameters, seed: 12 }).positions).not.toEqual(first.positions)
})

test('behavior: no generated account starts below health factor 1', () => {
  const { positions } = generatePositions(parameters)
  const healthFactors = positions.filter((position) => Object.keys(position.debt).length > 0).map((position) => healthFactor(position, assets))
  expect(healthFactors.length).toBeGreaterThan(300)
  expect(Math.min(...healthFactors)).toBeGreaterThanOrEqual(1)
  const nearOne = healthFactors.filter((value) => value < 1.1).length / healthFactors.length
  const comfortable = healthFactors.filter((value) => value >= 1.2).length / healthFactors.length
  expect(nearOne).toBeGreaterThan(0.02)
  expect(comfortable).toBeGreaterThan(0.6)
})

test('behavior: isolated collateral borrows only isolation-borrowable assets, within its debt ceiling', () => {
  const { positions } = generatePositions(parameters)
  const uni = positions.filter((position) => position.collateral.UNI !== undefined && Object.keys(position.debt).length > 0)
  expect(uni.length).toBeGreaterThan(0)
  let debtUsd = 0
  for (const position of uni) {
    for (const [symbol, amount] of Object.entries(position.debt)) {
      expect(parameters.borrowableInIsolation).toContain(symbol)
      debtUsd += Number(amount) * Number(assets.find((asset) => asset.symbol === symbol)!.price)
    }
  }
  expect(debtUsd).toBeLessThanOrEqual(Number(assets.find((asset) => asset.symbol === 'UNI')!.debtCeiling))
})

test('errors: too few accounts', () => {
  expect(() => generatePositions({ ...parameters, accounts: 3 })).toThrow(/accounts must be an integer ≥ 10/)
})

test('errors: debt nothing may back', () => {
  expect(() => generatePositions({ ...parameters, targets: { GHO: { supply: 0, debt: 1_000 } } })).toThrow(/no collateral may back debt in GHO/)
})

test('errors: debt larger than its collateral can carry', () => {
  expect(() => generatePositions({ ...parameters, targets: { WETH: { supply: 10, debt: 0 }, USDC: { supply: 1, debt: 1_000_000 } } })).toThrow(
    /more WETH collateral than its supply target/,
  )
})

function healthFactor(position: Position, market: AssetState[], liquidationThreshold?: string): number {
  const asset = (symbol: string) => market.find((entry) => entry.symbol === symbol)!
  let collateral = new Decimal(0)
  let debt = new Decimal(0)
  for (const [symbol, amount] of Object.entries(position.collateral)) {
    collateral = collateral.plus(new Decimal(amount).times(asset(symbol).price).times(liquidationThreshold ?? asset(symbol).liquidationThreshold))
  }
  for (const [symbol, amount] of Object.entries(position.debt)) debt = debt.plus(new Decimal(amount).times(asset(symbol).price))
  return collateral.div(debt).toNumber()
}
