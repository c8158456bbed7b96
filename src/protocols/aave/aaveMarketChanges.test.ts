import { expect, test } from 'vitest'
import type { Address } from '../../model.ts'
import { type AaveMarketView, aaveMarketChanges } from './aaveMarketChanges.ts'
import { decodeReserveConfiguration } from './decodeReserveConfiguration.ts'

// Two views of one pool, written by hand in the units the probe reads (bps, the bonus with its 10,000 base, bitmaps
// indexed by reserve id), to pin how an Aave v3.2+ pool's differences are reported: the local test chain runs v3.0.
const WETH: Address = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2'
const WSTETH: Address = '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0'
const FEED: Address = '0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419'
const ZERO: Address = '0x0000000000000000000000000000000000000000'
const reserve = (fields: Partial<ReturnType<typeof decodeReserveConfiguration>>, reserveId: number) => ({
  bits: { ...decodeReserveConfiguration(0n), active: true, decimals: 18, ltv: 8000, liquidationThreshold: 8300, liquidationBonus: 10500, borrowingEnabled: true, ...fields },
  source: FEED,
  reserveId,
  rateKey: 'same',
})
const view = (weth: ReturnType<typeof reserve>, eModes: AaveMarketView['eModes']): AaveMarketView => ({
  oracle: ZERO,
  reserves: new Map([
    [WETH, weth],
    [WSTETH, reserve({}, 1)],
  ]),
  eModes,
  eModeBitmaps: true,
})
const category = { id: 1, ltv: 9300, liquidationThreshold: 9500, liquidationBonus: 10100, priceSource: ZERO, collateralBitmap: 0b10n, borrowableBitmap: 0b01n }
const changesOf = (before: AaveMarketView, after: AaveMarketView) =>
  aaveMarketChanges({ before, after, chainId: 1, pool: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', protocol: 'aave-v3', action: 0, symbols: new Map([[WETH, 'WETH'], [WSTETH, 'wstETH']]) }).changes

test('default: on Aave v3.2+ a freeze sets LTV to 0 and says the LTV is kept as pending', () => {
  const changes = changesOf(view(reserve({}, 0), [category]), view(reserve({ frozen: true, ltv: 0 }, 0), [category]))
  expect(changes.map((change) => `${change.symbol} ${change.param} ${change.before} → ${change.after}`)).toEqual(['WETH collateralFactor 0.8 → 0', 'WETH frozen false → true'])
  expect(changes[0].note).toMatch(/set to 0 by the freeze \(Aave v3\.2\+: the LTV 0\.8 is kept as pending/)
})

test('behavior: eMode membership moves in the bitmaps by reserve id; a category\'s own parameters are changes of the category', () => {
  // wstETH (id 1) stops being collateral in category 1, WETH (id 0) becomes collateral; the category's LT rises.
  const after = { ...category, liquidationThreshold: 9550, collateralBitmap: 0b01n }
  const changes = changesOf(view(reserve({}, 0), [category]), view(reserve({}, 0), [after]))
  expect(changes.map((change) => `${change.symbol ?? 'category'} ${change.eModeCategory} ${change.param} ${change.before} → ${change.after}`)).toEqual([
    'category 1 liquidationThreshold 0.95 → 0.955',
    'WETH 1 collateralEnabled false → true',
    'wstETH 1 collateralEnabled true → false',
  ])
  // The reserve's own (v3.0/3.1) eMode bits are not read on a v3.2+ pool.
  expect(changes.some((change) => change.param === 'eModeCategory')).toBe(false)
})
