import { expect, test } from 'vitest'
import { lstMarket } from '../../../test/support/lstMarket.ts'
import { openAsset } from '../../../test/support/openAsset.ts'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import type { Address, AssetState, MarketState, OracleInfo, ParameterChange, Position, Scenario } from '../../model.ts'
import { applyChanges } from '../applyChanges.ts'
import { CALM_NETWORK } from '../defaultScenarioSet.ts'
import { compileMarket } from '../market/compileMarket.ts'
import { brokenPegScenarios } from '../scenarios/brokenPegScenarios.ts'
import { createScenarioRunner } from './createScenarioRunner.ts'

// Worked examples of each price-source rule in the stress, on hand-made markets with infinitely deep liquidity.
const scenario = (id: string, paths: Record<string, number[]>): Scenario => ({ id, kind: 'shock', label: id, paths, network: CALM_NETWORK })
const run = (state: MarketState, of: Scenario) => createScenarioRunner(compileMarket(state), { indexing: 'sorted' })(of)
const NEW_SOURCE: Address = '0x00000000000000000000000000000000000f33d0'
/** The state with `symbol`'s price source changed to a proposed one the state knows (`state.oracles`). */
const proposing = (state: MarketState, symbol: string, oracle: Omit<OracleInfo, 'address'>) => {
  const asset = state.assets.find((candidate) => candidate.symbol === symbol)!
  const change: ParameterChange = { protocol: 'aave-v3', chainId: 1, market: state.market, asset: asset.address, symbol, param: 'oracle', after: NEW_SOURCE, action: 0 }
  return applyChanges({ ...state, oracles: { [NEW_SOURCE]: { address: NEW_SOURCE, ...oracle } } }, [change])
}

test('behavior: a hard-coded stablecoin price keeps a depegging collateral from being liquidated, and the loss is bad debt', () => {
  // 100,000 USDC (LT 0.8) against 35 WETH ($70,000): HF 1.14. USDC slides to $0.50 over eight steps.
  const state = tinyMarket({ positions: [{ account: '0x01', collateral: { USDC: '100000' }, debt: { WETH: '35' } }] })
  const depeg = scenario('usdc-depeg', { USDC: [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5] })
  const fixed = proposing(state, 'USDC', { kind: 'fixed', answer: '1' })
  expect(fixed.unapplied).toEqual([])
  expect(fixed.state.assets[1].oracle).toMatchObject({ address: NEW_SOURCE, kind: 'fixed', answer: '1' })
  const before = run(state, depeg)
  const after = run(fixed.state, depeg)
  // The Chainlink feed follows USDC down: at $0.85 (HF 0.97) half the debt is repaid, and so on while the bonus pays.
  expect(before.liquidations).toBeGreaterThan(0)
  // The fixed $1 never moves: HF stays 1.14 at the oracle, nobody liquidates, and at $0.50 the collateral is worth
  // $50,000 against $70,000 of debt: $20,000 of bad debt.
  expect(after.liquidations).toBe(0)
  expect(after.badDebtUsd).toBeCloseTo(20_000, 6)
  expect(after.badDebtUsd).toBeGreaterThan(before.badDebtUsd + 10_000)
})

test('behavior: a CAPO whose rate cap is below the market liquidates at execution', () => {
  // 10 wstETH ($2,300: 1.15 WETH) against 18,000 USDC: HF = 23,000 · 0.81 / 18,000 = 1.035 at the exchange rate.
  const state = lstMarket({ positions: [{ account: '0x01', collateral: { wstETH: '10' }, debt: { USDC: '18000' } }] })
  const now = Date.parse(state.provenance.timestamp) / 1000
  // PriceCapAdapterBase: the reported rate is at most 1.05 + 1.05 · 10 %/year · Δt, so wstETH reads 1.05 · $2,000 = $2,100.
  const capo = proposing(state, 'wstETH', { kind: 'capo', underlying: 'WETH', exchangeRate: '1.15', rateCap: { snapshotRatio: '1.05', snapshotTimestamp: now, maxYearlyGrowth: '0.1' } })
  expect(capo.unapplied).toEqual([])
  const market = compileMarket(capo.state)
  expect(market.oracles.answer[2]).toBeCloseTo(2_100, 9)
  expect(market.price[2]).toBe(2_300)
  const flat = scenario('flat', {})
  expect(run(state, flat).liquidations).toBe(0)
  const after = run(capo.state, flat)
  // HF at the cap = 21,000 · 0.81 / 18,000 = 0.945 ≤ 0.95: the whole debt is repaid in the first step, with nothing moving,
  // and 18,000 · 1.06 = $19,080 of wstETH (≈ 9.085 wstETH at the capped price) is seized.
  expect(after.liquidations).toBe(1)
  expect(after.liquidatedUsd).toBeCloseTo(18_000, 6)
  expect(after.seizedUsd! / 2_300).toBeCloseTo((18_000 * 1.06 - 1_080 * 0.1) / 2_100, 2)
  expect(after.badDebtUsd).toBe(0)
})

test('behavior: an LST priced by its exchange rate is not liquidated in the stETH discount, and takes bad debt when the discount outruns the buffer', () => {
  // 100 wstETH ($230,000) in eMode (LT 0.93) at HF 1.03: 230,000 · 0.93 / 1.03 = $207,669.90 of WETH debt. The loop's
  // buffer: collateral / debt = 1.03 / 0.93 = 1.1075, so it is solvent at market until wstETH trades 9.7 % below its rate.
  const debtWeth = (230_000 * 0.93) / 1.03 / 2_000
  const loop: Position = { account: '0x01', collateral: { wstETH: '100' }, debt: { WETH: String(debtWeth) }, eModeCategory: 1 }
  const state = lstMarket({ positions: [loop] })
  const discount = brokenPegScenarios({ state, stepSeconds: 14_400, network: CALM_NETWORK }).find((candidate) => candidate.id === 'broken-peg-wstETH-steth-2022')!
  const low = Math.min(...discount.paths.wstETH)
  expect(low).toBeGreaterThan(0.94) // stETH/ETH's June 2022 slide from the window's start to its low: −4.7 %
  expect(low).toBeLessThan(0.96)
  const marketFeed = lstMarket({ positions: [loop], wstETH: { oracle: { address: '0x0000000000000000000000000000000000000a11', kind: 'chainlink' } } })
  // A feed of wstETH's own market sees HF 1.03 · 0.953 ≈ 0.98 and liquidates the loop at the eMode bonus.
  expect(run(marketFeed, discount).liquidations).toBeGreaterThan(0)
  // The exchange rate × ETH/USD does not move: no liquidation; at the low the collateral still covers the debt.
  const held = run(state, discount)
  expect(held.liquidations).toBe(0)
  expect(held.badDebtUsd).toBe(0)
  // A discount of 15 % outruns the 9.7 % buffer: 207,669.90 − 230,000 · 0.85 = $12,169.90 of debt is not covered.
  const deeper = scenario('wsteth-15', { wstETH: [0.95, 0.9, 0.85] })
  const broken = run(state, deeper)
  expect(broken.liquidations).toBe(0)
  expect(broken.badDebtUsd).toBeCloseTo(debtWeth * 2_000 - 230_000 * 0.85, 6)
})

test('behavior: a feed stuck at its minAnswer overvalues the collateral: no liquidation, or none that pays', () => {
  // LUNA at $1, LT 0.8, bonus 5 %, priced by a Chainlink feed whose aggregator floor is $0.10 (Venus, May 2022).
  const luna: AssetState = {
    ...openAsset,
    address: '0x00000000000000000000000000000000000001a1',
    symbol: 'LUNA',
    decimals: 18,
    price: '1',
    collateralFactor: '0.7',
    liquidationThreshold: '0.8',
    liquidationBonus: '0.05',
    liquidationProtocolFee: '0.1',
    oracle: { address: '0x00000000000000000000000000000000000f100f', kind: 'chainlink', minAnswer: '0.1' },
  }
  const market = (positions: Position[], oracle: Partial<OracleInfo> = {}): MarketState => {
    const base = tinyMarket({ positions })
    return { ...base, assets: [...base.assets, { ...luna, oracle: { ...luna.oracle, ...oracle } }] }
  }
  const crash = scenario('luna-99', { LUNA: [0.01] })
  // 1,000,000 LUNA against 50,000 USDC (HF 16). At $0.01 a following feed reads $0.01: HF 0.16, the $10,000 of collateral
  // is liquidated against 10,000 / 1.05 = $9,523.81 of debt and the rest, $40,476.19, is burnt as a deficit.
  const borrower = { account: '0x01', collateral: { LUNA: '1000000' }, debt: { USDC: '50000' } }
  const following = run(market([borrower], { minAnswer: undefined }), crash)
  expect(following.liquidations).toBe(1)
  expect(following.badDebtUsd).toBeCloseTo(50_000 - 10_000 / 1.05, 6)
  // Stuck at $0.10 the feed shows HF = 1,000,000 · 0.10 · 0.8 / 50,000 = 1.6: nobody may liquidate, and at market the
  // $10,000 of LUNA leaves $40,000 uncovered.
  const stuck = run(market([borrower]), crash)
  expect(compileMarket(market([borrower])).oracles.minAnswer[2]).toBe(0.1)
  expect(stuck.liquidations).toBe(0)
  expect(stuck.badDebtUsd).toBeCloseTo(40_000, 6)
  // With 100,000 USDC of debt the floor shows HF 0.8, but a liquidator paid in LUNA at $0.10 sells it at $0.01: the call
  // would lose money, so it fails, and the whole $90,000 shortfall is bad debt.
  const deep = run(market([{ ...borrower, debt: { USDC: '100000' } }]), crash)
  expect(deep.liquidations).toBe(0)
  expect(deep.failedLiquidations).toBeGreaterThan(0)
  expect(deep.badDebtUsd).toBeCloseTo(90_000, 6)
})

test('behavior: a stablecoin price cap keeps a debt in it from being valued above the cap', () => {
  // 10 WETH (LT 0.825: $16,500 weighted) against 15,500 USDC: HF 1.065. USDC spikes to $1.10.
  const state = tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '15500' } }] })
  const spike = scenario('usdc-up', { USDC: [1.1] })
  // The feed reads $1.10: debt $17,050, HF 0.968 — liquidated.
  expect(run(state, spike).liquidations).toBe(1)
  // PriceCapAdapterStable capped at $1.02: debt $15,810, HF 1.044 — not.
  const capped = proposing(state, 'USDC', { kind: 'capo', priceCap: '1.02' })
  expect(run(capped.state, spike).liquidations).toBe(0)
})

test('errors: a proposed source the state knows nothing of, or only part of its rule, stays unapplied with the reason', () => {
  const state = lstMarket({ positions: [] })
  const wsteth = state.assets[2]
  const change: ParameterChange = { protocol: 'aave-v3', chainId: 1, market: state.market, asset: wsteth.address, symbol: 'wstETH', param: 'oracle', after: NEW_SOURCE, action: 0 }
  const unknown = applyChanges(state, [change])
  expect(unknown.unapplied[0].reason).toMatch(/nothing is known of the proposed wstETH price source/)
  expect(unknown.state.assets[2].oracle).toEqual(wsteth.oracle)
  const reasons = (oracle: Omit<OracleInfo, 'address'>) => proposing(state, 'wstETH', oracle).unapplied.map(({ reason }) => reason)
  expect(reasons({ kind: 'fixed' })).toEqual([expect.stringMatching(/fixed price whose answer is not known/)])
  expect(reasons({ kind: 'capo' })).toEqual([expect.stringMatching(/cap is not known/)])
  expect(reasons({ kind: 'exchange-rate', underlying: 'WETH' })).toEqual([expect.stringMatching(/rate or the asset whose feed it multiplies is not known/)])
  expect(reasons({ kind: 'exchange-rate', underlying: 'stETH', exchangeRate: '1.15' })).toEqual([expect.stringMatching(/reads stETH, which is not another asset/)])
  expect(reasons({ kind: 'chainlink', readError: 'latestRoundData() reverted' })).toEqual([expect.stringMatching(/fails \(latestRoundData\(\) reverted\)/)])
  expect(reasons({ kind: 'unknown' })).toEqual([expect.stringMatching(/kind of the proposed wstETH price source .* is not known/)])
  // WETH priced by an exchange rate over wstETH, whose own rate multiplies WETH: a cycle.
  const weth = state.assets[0]
  const cycle = applyChanges({ ...state, oracles: { [NEW_SOURCE]: { address: NEW_SOURCE, kind: 'exchange-rate', underlying: 'wstETH', exchangeRate: '0.87' } } }, [{ ...change, asset: weth.address, symbol: 'WETH' }])
  expect(cycle.unapplied[0].reason).toMatch(/a cycle/)
})

test('behavior: a source another asset already uses reads that asset’s market', () => {
  // stETH-style: wstETH priced by WETH's own ETH/USD feed follows ETH, at 1 WETH per wstETH.
  const state = lstMarket({ positions: [] })
  const change: ParameterChange = { protocol: 'aave-v3', chainId: 1, market: state.market, asset: state.assets[2].address, symbol: 'wstETH', param: 'oracle', after: state.assets[0].oracle.address, action: 0 }
  const { state: after, unapplied } = applyChanges(state, [change])
  expect(unapplied).toEqual([])
  expect(after.assets[2].oracle).toMatchObject({ kind: 'chainlink', underlying: 'WETH' })
  expect(compileMarket(after).oracles.answer[2]).toBe(2_000)
})
