import { expect, test } from 'vitest'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import { applyChanges } from '../../engine/applyChanges.ts'
import type { ParameterChange, StressReport } from '../../model.ts'
import { DEFAULT_POLICY } from '../policy.ts'
import { uncappedBorrowing } from './uncappedBorrowing.ts'

const market = tinyMarket({ positions: [], weth: { borrowingEnabled: false } })
const report = {} as StressReport // this check reads no stress numbers
const run = (changes: ParameterChange[]) => {
  const { state, changes: applied } = applyChanges(market, changes)
  return uncappedBorrowing.run({ changes: applied, unknown: [], unapplied: [], standIn: false, stateBefore: market, stateAfter: state, before: report, after: report, policy: DEFAULT_POLICY })
}
const change = (param: ParameterChange['param'], after: string, symbol = 'WETH'): ParameterChange => ({ protocol: 'aave-v3', chainId: 1, market: market.market, asset: null, symbol, param, after, action: 0 })

test('default: enabling borrowing of a volatile asset with no cap is a warning', () => {
  expect(run([change('borrowingEnabled', 'true')])).toEqual([expect.objectContaining({ severity: 'warning', title: 'WETH borrowable with no borrow cap' })])
})

test('behavior: a cap, a stablecoin, or a change that does not touch borrowing is not flagged', () => {
  expect(run([change('borrowingEnabled', 'true'), change('borrowCap', '1000')])).toEqual([])
  expect(run([change('borrowingEnabled', 'true', 'USDC')])).toEqual([])
  expect(run([change('liquidationThreshold', '0.8')])).toEqual([])
})

test('behavior: removing the cap of a borrowable asset is flagged', () => {
  const capped = tinyMarket({ positions: [], weth: { borrowCap: '500' } })
  const { state, changes } = applyChanges(capped, [change('borrowCap', '0')])
  expect(uncappedBorrowing.run({ changes, unknown: [], unapplied: [], standIn: false, stateBefore: capped, stateAfter: state, before: report, after: report, policy: DEFAULT_POLICY })).toHaveLength(1)
})
