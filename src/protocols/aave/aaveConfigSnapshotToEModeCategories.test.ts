import { expect, test } from 'vitest'
import snapshotJson from '../../../fixtures/markets/source/AaveV3Ethereum_UpgradeAaveV3ETHPooolWETHParameters_20231031_before.json'
import { aaveConfigSnapshotToAssets, type AaveConfigSnapshot } from './aaveConfigSnapshotToAssets.ts'
import { aaveConfigSnapshotToEModeCategories } from './aaveConfigSnapshotToEModeCategories.ts'

const snapshot = snapshotJson as unknown as AaveConfigSnapshot
const assets = aaveConfigSnapshotToAssets(snapshot)

test('default: Aave v3 Ethereum on 31 Oct 2023 has one category, ETH correlated, at LTV 90 %, LT 93 %, bonus 1 %', () => {
  expect(aaveConfigSnapshotToEModeCategories(snapshot, assets)).toEqual([
    { id: 1, label: 'ETH correlated', collateralFactor: '0.9', liquidationThreshold: '0.93', liquidationBonus: '0.01', assets: ['wstETH', 'cbETH', 'WETH', 'rETH'] },
  ])
})

test('behavior: a price source that is a reserve’s oracle becomes that oracle, read in its market', () => {
  const weth = assets.find((asset) => asset.symbol === 'WETH')!
  const priced: AaveConfigSnapshot = { ...snapshot, eModes: { 1: { ...snapshot.eModes![1], priceSource: weth.oracle.address } } }
  expect(aaveConfigSnapshotToEModeCategories(priced, assets)[0].priceSource).toEqual({ ...weth.oracle, underlying: 'WETH' })
})

test('errors: a price source no reserve uses', () => {
  const priced: AaveConfigSnapshot = { ...snapshot, eModes: { 1: { ...snapshot.eModes![1], priceSource: '0x00000000000000000000000000000000000f33d0' } } }
  expect(() => aaveConfigSnapshotToEModeCategories(priced, assets)).toThrow(/no reserve's oracle/)
})
