import { expect, test } from 'vitest'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import { applyChanges } from '../../engine/applyChanges.ts'
import { liquidatePosition } from '../../engine/liquidatePosition.ts'
import type { ParameterChange, Position } from '../../model.ts'
import type { CheckContext } from '../check.ts'
import { DEFAULT_POLICY } from '../policy.ts'
import { toxicLiquidationSpiral } from './toxicLiquidationSpiral.ts'

// tinyMarket's WETH: $2,000, LT 82.5 %, bonus 5 % → the bound 1/1.05 = 95.24 %. Hand-made positions, not observed.
const position = (account: string, debtUsd: number): Position => ({ account, collateral: { WETH: '10' }, debt: { USDC: String(debtUsd) } })
const state = tinyMarket({ positions: [position('healthy', 12_000), position('deep', 18_400)] })
const change = (param: ParameterChange['param'], after: string): ParameterChange => ({ protocol: 'aave-v3', chainId: 1, market: state.market, asset: state.assets[0].address, symbol: 'WETH', param, after, action: 0 })
function run(changes: ParameterChange[]) {
  const applied = applyChanges(state, changes)
  // the check reads only the changes and the two states
  return toxicLiquidationSpiral.run({ changes: applied.changes, stateBefore: state, stateAfter: applied.state, policy: DEFAULT_POLICY } as unknown as CheckContext)
}

test('default: the bound itself, with Aave’s own liquidation rules — above 1/(1 + bonus) liquidating ends in bad debt, below it clears', () => {
  // Warmuz et al. 2022: repaying r against D, C seizes r(1 + LI); LTV falls iff D/C < 1/(1 + LI) = 95.24 % here
  const market = { price: Float64Array.of(2000, 1), liquidationThreshold: Float64Array.of(0.825, 0.8), liquidationBonus: Float64Array.of(0.05, 0.045), liquidationProtocolFee: Float64Array.of(0.1, 0.1), collateralEnabled: Uint8Array.of(1, 1) }
  const below = liquidatePosition({ ...market, collateral: Float64Array.of(10, 0), debt: Float64Array.of(0, 18_000) }) // LTV 90 %
  const above = liquidatePosition({ ...market, collateral: Float64Array.of(10, 0), debt: Float64Array.of(0, 19_200) }) // LTV 96 %
  expect(below.badDebtUsd).toBe(0)
  // all $20,000 of collateral buys back 20,000/1.05 = $19,047.62 of the $19,200: the rest is bad debt
  expect(above.badDebtUsd).toBeCloseTo(19_200 - 20_000 / 1.05, 6)
})

test('behavior: a higher bonus pulls the bound down to 90.9 % and puts a position past it', () => {
  const [finding] = run([change('liquidationBonus', '0.1')])
  expect(finding.severity).toBe('warning')
  // the 18,400 / 20,000 = 92 % position: below 95.24 % before, above 1/1.1 = 90.91 % after
  expect(finding.title).toBe('WETH: 1 position ($18.4k of debt) would be past the toxic-liquidation bound')
  // the gap past the liquidation point: 1 − .825·1.05 = 13.375 % before, 1 − .825·1.1 = 9.25 % after
  expect(finding.metric).toMatchObject({ before: '0.13375', after: '0.0925', unit: 'fraction' })
})

test('behavior: an LT/bonus pair that crosses the bound is critical', () => {
  const [finding] = run([change('liquidationThreshold', '0.96')])
  expect(finding.severity).toBe('critical')
  expect(finding.why).toContain('95.24 %')
  expect(Number(finding.metric?.after)).toBeCloseTo(1 - 0.96 * 1.05, 12)
})

test('behavior: a small step with nobody past the bound is information; a cap change is not this check’s business', () => {
  const [finding] = run([change('liquidationThreshold', '0.83')])
  expect(finding.severity).toBe('info')
  expect(finding.title).toBe('WETH: liquidations turn toxic 12.85 % past the liquidation point (was 13.38 %)')
  expect(run([change('supplyCap', '1000')])).toEqual([])
})
