import { expect, test } from 'vitest'
import { runCheck } from '../../check.ts'
import { contagionIndex } from '../../engine/contagion/contagionIndex.ts'
import type { Address, ParameterChange } from '../../model.ts'
import { defaultState } from '../../protocols/defaultState.ts'
import { defaultExposureGraph } from './contagion.ts'

const wstETH: Address = '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0'
const proposal = { source: 'cli' as const, chainId: 1, id: 'contagion-test', title: 'test', actions: [] }
const change = (param: ParameterChange['param'], after: string, asset: Address = wstETH, symbol = 'wstETH'): ParameterChange => ({
  protocol: 'aave-v3',
  chainId: 1,
  market: defaultState.market,
  asset,
  symbol,
  param,
  after,
  action: 0,
})
const check = (changes: ParameterChange[]) => runCheck({ proposal, changes, state: defaultState, seed: 1, createdAt: '2026-01-01T00:00:00Z' })

test('default: raising the wstETH LTV raises what a stETH failure costs others, with the path in words', async () => {
  const verdict = await check([change('collateralFactor', '0.80')])
  const finding = verdict.findings.find((candidate) => candidate.check === 'contagion')
  expect(finding?.severity).toBe('warning')
  expect(finding?.why).toContain('stETH (Lido) → Aave v3 Ethereum → GHO')
  expect(Number(finding?.metric?.after)).toBeGreaterThan(Number(finding?.metric?.before))
  // the rise is the extra debt the collateral can back: 1.5 points of $1.503B at stETH's distress (1) = $22.5M
  expect(Number(finding?.metric?.after) - Number(finding?.metric?.before)).toBeCloseTo(0.015 * 1_503_179_308 * (1 + 26_249_995 / 4_940_000_000), -3)
})

test('behavior: lowering the factor lowers the spread and is only information', async () => {
  const verdict = await check([change('collateralFactor', '0.78')])
  const finding = verdict.findings.find((candidate) => candidate.check === 'contagion')
  expect(finding?.severity).toBe('info')
  expect(finding?.title).toMatch(/^Lowers/)
})

test('behavior: a change that touches no exposure (a USDC cap) reports no contagion', async () => {
  const verdict = await check([change('supplyCap', '600000000', '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', 'USDC')])
  expect(verdict.findings.filter((finding) => finding.check === 'contagion')).toEqual([])
})

test('behavior: the fixture graph carries a bridge failure to the chain the bridged token lives on', () => {
  const bridge = contagionIndex({ graph: defaultExposureGraph, node: 'arbitrum-wsteth-bridge' })
  expect(bridge.path).toBe('Arbitrum bridge (Lido wstETH gateway) → wstETH on Arbitrum → Aave v3 Arbitrum')
  // every node and edge of the fixture names its source
  for (const part of [...defaultExposureGraph.nodes, ...defaultExposureGraph.edges]) expect(part.source.length).toBeGreaterThan(10)
})
