import { expect, test } from 'vitest'
import { runCheck } from '../../check.ts'
import type { MarketState, OracleInfo, ParameterChange } from '../../model.ts'
import { defaultState } from '../../protocols/defaultState.ts'

const weth = defaultState.assets.find((asset) => asset.symbol === 'WETH')!
const now = Math.floor(Date.parse(defaultState.provenance.timestamp) / 1000)
const newOracle = '0x00000000000000000000000000000000000f33d0'
const proposal = { source: 'cli' as const, chainId: 1, id: 'oracle-test', title: 'test', actions: [] }
const change: ParameterChange = { protocol: 'aave-v3', chainId: 1, market: defaultState.market, asset: weth.address, symbol: 'WETH', param: 'oracle', before: weth.oracle.address, after: newOracle, action: 0 }
const withOracle = (oracle: Partial<OracleInfo> | undefined): MarketState => ({
  ...defaultState,
  ...(oracle ? { oracles: { [newOracle]: { address: newOracle, kind: 'chainlink', ...oracle } } } : {}),
})
const check = (state: MarketState) => runCheck({ proposal, changes: [change], state, seed: 1, createdAt: '2026-01-01T00:00:00Z' })
const oracleFindings = async (state: MarketState) => (await check(state)).findings.filter((finding) => finding.check === 'oracle-change')

test('default: an aggregated Chainlink feed that agrees with the current price passes the oracle check', async () => {
  const findings = await oracleFindings(withOracle({ decimals: 8, answer: weth.price, updatedAt: now - 100, heartbeatSeconds: 3600, sources: 31 }))
  expect(findings.map((finding) => finding.severity)).toEqual(['info'])
  expect(findings[0].title).toContain(', 0 % from the current')
})

test('behavior: a thin Uniswap v2 TWAP source for WETH collateral fails when manipulating it pays', async () => {
  const state = withOracle({
    kind: 'twap',
    answer: weth.price,
    twapWindowSeconds: 600,
    pool: { address: '0x0000000000000000000000000000000000000b0b', kind: 'uniswap-v2', quoteReserveUsd: '2000000', fee: '0.003', blockSeconds: 12, source: 'test pool, hand-made' },
  })
  const verdict = await check(state)
  expect(verdict.level).toBe('FAIL')
  const finding = verdict.findings.find((candidate) => candidate.check === 'oracle-change' && candidate.severity === 'critical')
  expect(finding?.title).toMatch(/Manipulating the WETH price pays/)
  expect(Number(finding?.metric?.after)).toBeGreaterThan(0)
})

test('behavior: a feed with a stale answer or other decimals fails', async () => {
  expect((await check(withOracle({ decimals: 8, answer: weth.price, updatedAt: now - 90_000, heartbeatSeconds: 3600 }))).level).toBe('FAIL')
  expect((await check(withOracle({ decimals: 18, answer: weth.price }))).level).toBe('FAIL')
})

test('errors: a new source nothing is known of is REVIEW', async () => {
  const findings = await oracleFindings(withOracle(undefined))
  expect(findings.map((finding) => finding.severity)).toEqual(['review'])
})
