import { formatUnits } from 'viem'
import { expect, test } from 'vitest'
import realActions from '../../fixtures/proposals/real-actions.json'
import type { Action, ParameterName } from '../model.ts'
import { decodeProposal } from './decodeProposal.ts'

// Every real proposal with calldata in /work/shared/data (fixtures/proposals/real-actions.json):
// each action is either decoded into changes or a labelled UnknownAction, payloads and
// cross-chain messages are labelled as such, and no decoded change contradicts seatbelt's simulation.

type Expected = { asset?: string; param: string; after: string; pool?: string }
const PARAM: Record<string, ParameterName> = {
  ltv: 'collateralFactor',
  liquidationThreshold: 'liquidationThreshold',
  liquidationBonus: 'liquidationBonus',
  reserveFactor: 'reserveFactor',
  frozen: 'frozen',
  borrowingEnabled: 'borrowingEnabled',
  active: 'active',
}
const normalise = (param: string, after: string) =>
  param === 'liquidationBonus' ? formatUnits(BigInt(after) - 10_000n, 4) : ['ltv', 'liquidationThreshold', 'reserveFactor'].includes(param) ? formatUnits(BigInt(after), 4) : after

const decoded = realActions.proposals.map((proposal) => ({
  proposal,
  result: decodeProposal({ source: 'fixture', chainId: proposal.chainId, id: proposal.id, title: proposal.origin, actions: proposal.actions as Action[] }),
}))

test('default', () => {
  expect(decoded.length).toBe(395)
  const actions = decoded.reduce((sum, d) => sum + d.proposal.actions.length, 0)
  const changes = decoded.reduce((sum, d) => sum + d.result.changes.length, 0)
  const unknown = decoded.reduce((sum, d) => sum + d.result.unknown.length, 0)
  expect({ actions, changes, unknown }).toMatchInlineSnapshot(`
    {
      "actions": 478,
      "changes": 52,
      "unknown": 450,
    }
  `)
})

test('behavior: every action is a change or a labelled UnknownAction', () => {
  for (const { proposal, result } of decoded) {
    proposal.actions.forEach((_, index) => {
      const accounted = result.changes.some((c) => c.action === index) || result.unknown.some((u) => u.action === index)
      expect(accounted, `${proposal.origin} action ${index}`).toBe(true)
    })
    for (const unknown of result.unknown) expect(unknown.reason.length, proposal.origin).toBeGreaterThan(20)
  }
})

test('behavior: payloads and cross-chain messages are labelled, never read as changes', () => {
  for (const { proposal, result } of decoded) {
    proposal.actions.forEach((action, index) => {
      if (!action.withDelegateCall) return
      expect(result.changes.filter((c) => c.action === index), `${proposal.origin} action ${index}`).toEqual([])
      const reason = result.unknown.find((u) => u.action === index)?.reason ?? ''
      expect(reason, `${proposal.origin} action ${index}`).toMatch(/^(payload: .*needs simulation|cross-chain message to chain \d+ via |signature .* \(delegatecall: a payload)/)
    })
  }
})

test('behavior: decoded changes agree with seatbelt wherever it simulated the same parameter', () => {
  let compared = 0
  for (const { proposal, result } of decoded) {
    const expected = ((proposal as { expectedChanges?: Expected[] }).expectedChanges ?? []).filter((e) => e.asset && PARAM[e.param])
    for (const change of result.changes) {
      const same = expected.filter((e) => e.asset?.toLowerCase() === change.asset?.toLowerCase() && PARAM[e.param] === change.param && (!e.pool || e.pool.toLowerCase() === change.market.toLowerCase()))
      for (const e of same) {
        compared++
        expect(change.after, `${proposal.origin} ${change.symbol} ${change.param}`).toBe(normalise(e.param, e.after))
      }
    }
  }
  expect(compared).toBeGreaterThanOrEqual(35)
})

test('behavior: direct configurator calls inside payload-era proposals decode (Aave proposals 148, 297)', () => {
  const byId = (id: string) => decoded.find((d) => d.proposal.origin.includes('aave-v2-gov-payloads') && d.proposal.id === id)!.result
  const p148 = byId('148')
  expect(p148.changes.map((c) => [c.symbol ?? c.asset, c.param, c.after])).toEqual([['0x0000000000085d4780B73119b644AE5ecd22b376', 'reserveFactor', '0.05']])
  expect(p148.unknown.map((u) => u.reason)).toEqual([
    'setReserveInterestRateStrategyAddress(address,address): Aave interest-rate strategy change: rates are not modelled',
    'setReserveInterestRateStrategyAddress(address,address): Aave interest-rate strategy change: rates are not modelled',
  ])
  expect(byId('297').changes.map((c) => [c.symbol, c.param, c.after])).toEqual([['CRV', 'frozen', 'true']])
})

test('behavior: cross-chain forwarders name the destination chain and the L2 payload', () => {
  const p198 = decoded.find((d) => d.proposal.origin.endsWith('aave-v2gov-proposal-198.json'))!.result
  expect(p198.unknown.map((u) => u.reason)).toEqual([
    'cross-chain message to chain 137 via Aave CrosschainForwarderPolygon: payload 0x6bcE15B789e537f3abA3C60CB183F0E8737f05eC executes there; its changes need decoding or simulation on that chain',
    'cross-chain message to chain 42161 via Aave CrosschainForwarderArbitrum: payload 0x4393277B02ef3cA293990A772B7160a8c76F2443 executes there; its changes need decoding or simulation on that chain',
  ])
})
