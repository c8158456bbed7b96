import { expect, test } from 'vitest'
import { tinyMarket } from '../../../test/support/tinyMarket.ts'
import type { OracleInfo } from '../../model.ts'
import { borrowableUsd } from './borrowableUsd.ts'
import { oracleSourceRisks } from './oracleSourceRisks.ts'

const state = tinyMarket({ positions: [], weth: { totalSupply: '1000', totalDebt: '200' } })
state.assets[1] = { ...state.assets[1], totalSupply: '5000000', totalDebt: '1000000' }
const weth = state.assets[0]
const now = 1_800_000_000
const healthy: OracleInfo = {
  address: '0x0000000000000000000000000000000000000bee',
  kind: 'chainlink',
  decimals: 8,
  answer: '2001',
  updatedAt: now - 60,
  heartbeatSeconds: 3600,
  minAnswer: '0.00000001',
  maxAnswer: '1000000',
  sources: 31,
}
const severities = (proposed: OracleInfo | undefined) =>
  oracleSourceRisks({ asset: weth, proposed, now, borrowableUsd: borrowableUsd(state, 'WETH') }).map((risk) => risk.severity)

test('default: an aggregated, fresh, agreeing feed with the same decimals raises nothing above info', () => {
  expect(severities(healthy).filter((severity) => severity !== 'info')).toEqual([])
  // the available USDC (5M − 1M) is what could be borrowed against WETH
  expect(borrowableUsd(state, 'WETH')).toBe(4_000_000)
})

test('behavior: deviation, decimals, staleness, a floor, a cap and a single source each raise a finding', () => {
  expect(severities({ ...healthy, answer: '2030' })).toContain('warning') // 1.5 %
  expect(severities({ ...healthy, answer: '2200' })).toContain('critical') // 10 %
  expect(severities({ ...healthy, decimals: 18 })).toContain('critical')
  // units: the current WETH feed is "ETH / USD"; an "ETH / BTC" feed quotes another unit
  const units = oracleSourceRisks({ asset: { ...weth, oracle: { ...weth.oracle, description: 'ETH / USD' } }, proposed: { ...healthy, description: 'ETH / BTC' }, now, borrowableUsd: 0 })
  expect(units.find((risk) => risk.title.includes('quotes WETH in BTC'))?.severity).toBe('critical')
  expect(oracleSourceRisks({ asset: { ...weth, oracle: { ...weth.oracle, description: 'ETH / USD' } }, proposed: { ...healthy, description: 'ETH/USD' }, now, borrowableUsd: 0 }).filter((risk) => risk.severity === 'critical')).toEqual([])
  expect(severities({ ...healthy, updatedAt: now - 3600 - 601 })).toContain('critical')
  const floor = oracleSourceRisks({ asset: weth, proposed: { ...healthy, minAnswer: '100' }, now, borrowableUsd: 0 })
  expect(floor.find((risk) => risk.title.includes('below $100'))?.severity).toBe('critical') // 5 % of the price
  expect(severities({ ...healthy, maxAnswer: '3000' })).toContain('critical')
  expect(severities({ ...healthy, sources: 1 })).toContain('critical')
})

test('behavior: a feed pinned at its floor while the market trades below it is critical (LUNA, May 2022)', () => {
  const luna = { ...weth, symbol: 'LUNA', price: '0.01' }
  const risks = oracleSourceRisks({ asset: luna, proposed: { ...healthy, answer: '0.107', minAnswer: '0.1' }, now, borrowableUsd: 0 })
  expect(risks.find((risk) => risk.title.startsWith('New source is pinned'))?.severity).toBe('critical')
  expect(risks.find((risk) => risk.title.includes('from the current'))?.severity).toBe('critical')
})

test('behavior: a thin TWAP pool that pays to manipulate is critical, a deep one is not', () => {
  const twap = (quoteReserveUsd: string): OracleInfo => ({
    address: '0x0000000000000000000000000000000000000abc',
    kind: 'twap',
    twapWindowSeconds: 1800,
    pool: { address: '0x0000000000000000000000000000000000000def', kind: 'uniswap-v3', quoteReserveUsd, fee: '0.003', blockSeconds: 12, source: 'test' },
  })
  expect(severities(twap('100000'))).toEqual(['critical'])
  // a deep pool: not worth it with arbitrage in between (it may still pay for an attacker holding consecutive blocks)
  expect(severities(twap('500000000'))).not.toContain('critical')
})

test('errors: a source that reverts is critical, one that could not be read at all is REVIEW', () => {
  expect(severities({ ...healthy, readError: 'getUnderlyingPrice(cETH) reverted' })).toEqual(['critical'])
  expect(severities(undefined)).toEqual(['review'])
})
