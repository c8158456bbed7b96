import { expect, test } from 'vitest'
import snapshotJson from '../../../fixtures/markets/source/AaveV3Ethereum_UpgradeAaveV3ETHPooolWETHParameters_20231031_before.json'
import { aaveConfigSnapshotToAssets, type AaveConfigSnapshot } from './aaveConfigSnapshotToAssets.ts'

const snapshot = snapshotJson as unknown as AaveConfigSnapshot

test('default', () => {
  const assets = aaveConfigSnapshotToAssets(snapshot)
  expect(assets.map((asset) => asset.symbol).sort()).toEqual(Object.values(snapshot.reserves).map((reserve) => reserve.symbol).sort())
  const weth = assets.find((asset) => asset.symbol === 'WETH')!
  expect(weth).toMatchObject({
    address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
    decimals: 18,
    price: '1816.85499606',
    collateralFactor: '0.805',
    liquidationThreshold: '0.83',
    liquidationBonus: '0.05',
    liquidationProtocolFee: '0.1',
    reserveFactor: '0.15',
    supplyCap: '1800000',
    borrowCap: '1400000',
    debtCeiling: '0.00',
    frozen: false,
    borrowingEnabled: true,
    collateralEnabled: true,
    oracle: { address: '0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419', kind: 'chainlink', decimals: 8, description: 'ETH / USD' },
  })
  expect(weth.peg).toBeUndefined()
})

test('behavior: debt ceiling has 2 decimals (ReserveConfiguration.DEBT_CEILING_DECIMALS = 2)', () => {
  const assets = aaveConfigSnapshotToAssets(snapshot)
  expect(assets.find((asset) => asset.symbol === '1INCH')!.debtCeiling).toBe('4500000.00')
  expect(assets.find((asset) => asset.symbol === 'UNI')!.debtCeiling).toBe('17000000.00')
})

test('behavior: every reserve keeps its own parameters', () => {
  const assets = aaveConfigSnapshotToAssets(snapshot)
  for (const reserve of Object.values(snapshot.reserves)) {
    const asset = assets.find((entry) => entry.address === reserve.underlying)!
    expect(Number(asset.collateralFactor) * 10_000).toBeCloseTo(reserve.ltv, 6)
    expect(Number(asset.liquidationThreshold) * 10_000).toBeCloseTo(reserve.liquidationThreshold, 6)
    expect(asset.supplyCap).toBe(String(reserve.supplyCap))
    expect(asset.borrowCap).toBe(String(reserve.borrowCap))
    expect(asset.frozen).toBe(reserve.isFrozen)
    expect(asset.paused).toBe(reserve.isPaused)
    expect(asset.borrowingEnabled).toBe(reserve.borrowingEnabled)
    expect(asset.collateralEnabled).toBe(reserve.usageAsCollateralEnabled)
    expect(Number(asset.price)).toBeGreaterThan(0)
  }
})

test('behavior: prices are exact, pegs and oracle kinds follow the asset', () => {
  const bySymbol = new Map(aaveConfigSnapshotToAssets(snapshot).map((asset) => [asset.symbol, asset]))
  expect(bySymbol.get('WBTC')!.price).toBe('34814.14003279')
  expect(bySymbol.get('rETH')!.oracle.decimals).toBe(8) // omitted in the snapshot: AaveOracle base unit 1e8
  expect(bySymbol.get('GHO')!.oracle).toMatchObject({ kind: 'fixed', answer: '1' })
  expect(bySymbol.get('GHO')!.liquidationBonus).toBe('0')
  expect(bySymbol.get('wstETH')!.peg).toEqual({ to: 'ETH' })
  expect(bySymbol.get('cbETH')!.peg).toEqual({ to: 'ETH' })
  expect(bySymbol.get('USDC')!.peg).toEqual({ to: 'USD' })
  expect(bySymbol.get('LINK')!.peg).toBeUndefined()
})

test('behavior: the Oct 2023 rate adapters are exchange rates over the underlying feed, uncapped; market feeds stay Chainlink', () => {
  const bySymbol = new Map(aaveConfigSnapshotToAssets(snapshot).map((asset) => [asset.symbol, asset]))
  // wstETH/ETH/USD: 2,080.52489524 / 1,816.85499606 ETH per wstETH (the snapshot's two answers).
  expect(bySymbol.get('wstETH')!.oracle).toMatchObject({ kind: 'exchange-rate', underlying: 'WETH', description: 'wstETH/ETH/USD' })
  expect(Number(bySymbol.get('wstETH')!.oracle.exchangeRate)).toBeCloseTo(2080.52489524 / 1816.85499606, 15)
  expect(bySymbol.get('rETH')!.oracle).toMatchObject({ kind: 'exchange-rate', underlying: 'WETH' })
  expect(bySymbol.get('sDAI')!.oracle).toMatchObject({ kind: 'exchange-rate', underlying: 'DAI' })
  for (const asset of bySymbol.values()) expect(asset.oracle.rateCap).toBeUndefined()
  // cbETH's adapter multiplies the cbETH/ETH market feed: it follows cbETH's market.
  expect(bySymbol.get('cbETH')!.oracle.kind).toBe('chainlink')
  expect(bySymbol.get('LDO')!.oracle.kind).toBe('chainlink')
})
