import { env } from 'cloudflare:workers'
import type { Address } from 'viem'
import { expect, inject, test } from 'vitest'
import type { Verdict } from '../model.ts'
import { app } from './app.ts'

// POST /v1/check with RPC_URLS for the local chain of test/chain/globalSetup.ts (a real Aave v3 market and payloads).
const aave = inject('aave')
const payloads = inject('payloads') as Record<string, Address>
const onChain = {
  ...env,
  RPC_URLS: JSON.stringify({ 31337: inject('rpcUrl') }),
  AAVE_DEPLOYMENTS: JSON.stringify([{ chainId: 31337, pools: [{ pool: aave.pool, configurator: aave.configurator, oracle: aave.oracle }], executor: aave.executor }]),
}

test('default: an Aave governance v3 payload item posted to /v1/check is simulated on its chain and judged on its changes', async () => {
  // The form of shared/data/proposals/aave-gov-v3-payloads items: chainId, payloadsController, payloadId, actions.
  const item = {
    chainId: 31337,
    payloadsController: payloads.payloadsController,
    payloadId: 7,
    actions: [{ target: payloads.engineRisk, withDelegateCall: true, accessLevel: 1, value: '0', signature: 'execute()', callData: '0x' }],
  }
  const response = await app.request('/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(item) }, onChain)
  expect(response.status).toBe(201)
  const verdict = (await response.json()) as Verdict
  expect(verdict.level).not.toBe('REVIEW')
  expect(verdict.simulations).toMatchObject([{ method: 'probe', chainId: 31337, payload: payloads.engineRisk }])
  expect(verdict.changes.map((change) => `${change.symbol} ${change.param} → ${change.after}`).sort()).toEqual(
    ['USDC reserveFactor → 0.15', `USDC oracle → ${payloads.newUsdcFeed}`, 'WBTC collateralFactor → 0.73', 'WETH supplyCap → 1200000', 'WETH frozen → true'].sort(),
  )
})

test('behavior: without RPC_URLS for the chain the payload stays REVIEW and says which setting is missing', async () => {
  const body = JSON.stringify({ chainId: 31337, actions: [{ target: payloads.risk, withDelegateCall: true, signature: 'execute()', callData: '0x' }] })
  const response = await app.request('/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body }, { ...onChain, RPC_URLS: undefined })
  const verdict = (await response.json()) as Verdict
  expect(verdict.level).toBe('REVIEW')
  expect(verdict.unknown[0].reason).toMatch(/no RPC URL for chain 31337 \(RPC_URLS/)
})
