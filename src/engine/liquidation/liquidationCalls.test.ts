import { expect, test } from 'vitest'
import { randomMarket } from '../../../test/support/randomMarket.ts'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import type { MarketState } from '../../model.ts'
import { compileMarket } from '../market/compileMarket.ts'
import { mulberry32 } from '../random/mulberry32.ts'
import { aaveV3LiquidationCall } from './aaveV3LiquidationCall.ts'
import { compoundV2LiquidateBorrow } from './compoundV2LiquidateBorrow.ts'
import { compoundV3Absorb } from './compoundV3Absorb.ts'
import { CALL_EXECUTED, emptyTally, type LiquidationContext } from './liquidationContext.ts'
import { positionHealth } from './positionHealth.ts'

/** A context at the state's own prices, free gas, with the market's liquidity; balances copied from the state. */
function contextFor(state: MarketState, priceMultiplier: Record<string, number> = {}): LiquidationContext {
  const market = compileMarket(state)
  const price = Float64Array.from(market.symbols, (symbol, asset) => market.price[asset] * (priceMultiplier[symbol] ?? 1))
  return { market, collateral: market.entryCollateral.slice(), debt: market.entryDebt.slice(), oraclePrice: price, marketPrice: price, soldUsd: new Float64Array(market.assetCount), gasUsd: 0, tally: emptyTally() }
}

test('default: Compound v2 liquidateBorrow — close factor, incentive, protocol seize share', () => {
  // 10 WETH ($20,000, collateral factor 0.825) against $16,600 USDC: shortfall. Incentive 8 %, seize share 2.8 %.
  const state: MarketState = {
    ...tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '16600' } }], weth: { collateralFactor: '0.825', liquidationBonus: '0.08', liquidationProtocolFee: '0.028' } }),
    protocol: 'compound-v2',
    closeFactor: '0.5',
  }
  const context = contextFor(state)
  expect(compoundV2LiquidateBorrow(context, 0)).toBe(CALL_EXECUTED)
  // repay = 0.5 × 16,600 = 8,300; seize = 8,300 × 1.08 = 8,964; reserves get 2.8 % of it = 250.992; the liquidator 8,713.008.
  expect(context.tally.repaidUsd).toBeCloseTo(8_300, 9)
  expect(context.tally.protocolFeeUsd).toBeCloseTo(250.992, 9)
  expect(context.tally.seizedUsd).toBeCloseTo(8_713.008, 9)
  expect(context.collateral[0] * 2000).toBeCloseTo(20_000 - 8_964, 9)
  expect(context.debt[1]).toBeCloseTo(8_300, 9)
})

test('behavior: Comet absorb credits the account and sells at the store-front discount', () => {
  // 10 WETH at $2,000, liquidateCollateralFactor 0.825, liquidationFactor 0.95 (bonus 0.05), debt $17,000: 16,500 < 17,000.
  const state: MarketState = { ...tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '17000' } }] }), protocol: 'compound-v3' }
  const context = contextFor(state)
  expect(compoundV3Absorb(context, 0)).toBe(CALL_EXECUTED)
  // Credit 20,000 × 0.95 = 19,000 ≥ debt; buyCollateral at 2,000 × (1 − 0.5 × 0.05) = 1,950 brings 19,500: reserves gain 500.
  expect(context.tally.badDebtUsd).toBe(0)
  expect(context.tally.protocolFeeUsd).toBeCloseTo(500, 9)
  const deep = contextFor({ ...state, positions: [{ account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '21000' } }] })
  compoundV3Absorb(deep, 0)
  expect(deep.tally.badDebtUsd).toBeCloseTo(21_000 - 19_500, 9)
})

test('behavior: Aave v3.3 closes positions under $2,000 in full', () => {
  // 1 WETH ($2,000 × 0.825 = $1,650) against $1,700: HF 0.97 > 0.95, but the debt reserve is under $2,000.
  const context = contextFor(tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '1' }, debt: { USDC: '1700' } }] }))
  aaveV3LiquidationCall(context, 0, positionHealth(context, 0))
  expect(context.tally.repaidUsd).toBeCloseTo(1_700, 9)
  expect(context.debt[1]).toBe(0)
})

test('behavior: value is conserved through liquidation on random markets, every protocol', () => {
  for (const protocol of ['aave-v3', 'compound-v2', 'compound-v3'] as const) {
    const random = mulberry32(3)
    const state = randomMarket({ seed: 9, positions: 200, protocol })
    const context = contextFor(state, { WETH: 0.7, WBTC: 0.75, wstETH: 0.7, LINK: 0.6 })
    const { market } = context
    for (let position = 0; position < market.positionCount; position++) {
      const value = (amounts: Float64Array) => {
        let usd = 0
        for (let entry = market.entryStart[position]; entry < market.entryStart[position + 1]; entry++) usd += amounts[entry] * context.oraclePrice[market.entryAsset[entry]]
        return usd
      }
      const debtBefore = value(context.debt)
      const collateralBefore = value(context.collateral)
      const tally = { ...context.tally }
      for (let call = 0; call < 8 && positionHealth(context, position) < 1 && random() < 0.95; call++) {
        const health = positionHealth(context, position)
        const outcome = protocol === 'aave-v3' ? aaveV3LiquidationCall(context, position, health) : protocol === 'compound-v2' ? compoundV2LiquidateBorrow(context, position) : compoundV3Absorb(context, position)
        if (outcome !== CALL_EXECUTED) break
      }
      const repaid = context.tally.repaidUsd - tally.repaidUsd
      const deficit = protocol === 'aave-v3' ? context.tally.badDebtUsd - tally.badDebtUsd : 0
      // Debt: what was owed = repaid (or absorbed) + still owed + written off.
      expect(repaid + value(context.debt) + deficit).toBeCloseTo(debtBefore, 4)
      if (protocol !== 'compound-v3') {
        // Collateral: what was held = still held + sold by liquidators + kept by the protocol (infinite liquidity, oracle = market).
        const seized = context.tally.seizedUsd - tally.seizedUsd + context.tally.protocolFeeUsd - tally.protocolFeeUsd
        expect(value(context.collateral) + seized).toBeCloseTo(collateralBefore, 4)
      }
    }
  }
})
