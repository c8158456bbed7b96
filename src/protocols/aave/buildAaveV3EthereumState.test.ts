import { expect, test } from 'vitest'
import type { MarketState } from '../../model.ts'
import fixtureJson from '../../../fixtures/markets/aave-v3-ethereum.json'
import snapshotJson from '../../../fixtures/markets/source/AaveV3Ethereum_UpgradeAaveV3ETHPooolWETHParameters_20231031_before.json'
import { canonicalHash } from '../../engine/canonicalHash.ts'
import type { AaveConfigSnapshot } from './aaveConfigSnapshotToAssets.ts'
import { buildAaveV3EthereumState } from './buildAaveV3EthereumState.ts'

const snapshot = snapshotJson as unknown as AaveConfigSnapshot
const fixture = fixtureJson as unknown as MarketState

test('default', async () => {
  // the committed fixture is exactly what its recorded generator and seed produce
  const { seed, accounts } = fixture.provenance.generator!
  const { state } = await buildAaveV3EthereumState({ snapshot, seed, accounts: accounts! })
  expect(state).toEqual(fixture)
  expect(fixture.provenance).toMatchObject({ generated: true, chainId: 1, generator: { name: 'aave-v3-generatePositions', seed: 20231031, accounts: 2000 } })
  expect(JSON.stringify(fixture).length).toBeLessThan(1_500_000)
})

test('behavior: contentHash is the sha-256 of the state without it', async () => {
  const { contentHash, ...provenance } = fixture.provenance
  expect(contentHash).toMatch(/^[0-9a-f]{64}$/)
  expect(await canonicalHash({ ...fixture, provenance })).toBe(contentHash)
})

test('behavior: every snapshot reserve is present, totals within 0.1 % of the calibrated targets and within caps', async () => {
  const { state, targets } = await buildAaveV3EthereumState({ snapshot, seed: 5, accounts: 800 })
  expect(state.assets).toHaveLength(Object.keys(snapshot.reserves).length)
  for (const asset of state.assets) {
    const target = targets[asset.symbol]
    expect(Math.abs(Number(asset.totalSupply) - target.supply)).toBeLessThanOrEqual(0.001 * target.supply)
    expect(Math.abs(Number(asset.totalDebt) - target.debt)).toBeLessThanOrEqual(0.001 * target.debt)
    if (Number(asset.supplyCap) > 0) expect(Number(asset.totalSupply)).toBeLessThanOrEqual(Number(asset.supplyCap))
    if (Number(asset.borrowCap) > 0) expect(Number(asset.totalDebt)).toBeLessThanOrEqual(Number(asset.borrowCap))
    if (!asset.borrowingEnabled) expect(asset.totalDebt).toBe('0')
  }
  const weth = state.assets.find((asset) => asset.symbol === 'WETH')!
  expect([weth.collateralFactor, weth.liquidationThreshold, weth.liquidationBonus]).toEqual(['0.805', '0.83', '0.05'])
})

test('behavior: a liquidity curve for every collateral asset, each naming its source', () => {
  const collateral = fixture.assets.filter((asset) => asset.collateralEnabled && Number(asset.liquidationThreshold) > 0).map((asset) => asset.symbol)
  expect(Object.keys(fixture.liquidity).sort()).toEqual(collateral.sort())
  for (const curve of Object.values(fixture.liquidity)) expect(curve.source.length).toBeGreaterThan(40)
  // WETH: supply cap 1.8M / 2 at $1816.85 sold within the 5 % bonus → depth = s·0.95/0.05
  expect(fixture.liquidity.WETH).toMatchObject({ kind: 'constant-product', depthUsd: '31068220433' })
  expect(Number(fixture.reserves.insuranceFund)).toBeGreaterThan(0)
})
