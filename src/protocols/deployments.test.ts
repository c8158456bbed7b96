import { isAddress } from 'viem'
import { expect, test } from 'vitest'
import { deployments, lookupAddress, tokens } from './deployments.ts'

test('default', () => {
  expect(lookupAddress(1, '0x311bb771e4f8952e6da169b425e7e92d6ac45756').deployment).toMatchObject({
    kind: 'aave-v2-pool-configurator',
    markets: ['0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9'],
  })
  expect(lookupAddress(1, '0x95B4EF2869EBD94BEB4EEE400A99824BF5DC325B').token).toMatchObject({ symbol: 'cMKR', underlyingDecimals: 18 })
  expect(lookupAddress(137, '0x311bb771e4f8952e6da169b425e7e92d6ac45756')).toEqual({ deployment: undefined, token: undefined })
})

test('behavior: every entry is a checksummed address with a source, listed once per chain', () => {
  for (const entry of [...deployments, ...tokens]) {
    expect(isAddress(entry.address, { strict: true }), `${entry.chainId} ${entry.address}`).toBe(true)
    expect(entry.source.length, entry.address).toBeGreaterThan(10)
  }
  for (const list of [deployments, tokens]) {
    const keys = list.map((entry) => `${entry.chainId}:${entry.address.toLowerCase()}`)
    expect(new Set(keys).size).toBe(keys.length)
  }
  for (const deployment of deployments) {
    for (const market of deployment.markets ?? []) expect(isAddress(market, { strict: true }), market).toBe(true)
    if (deployment.kind === 'bridge' || deployment.kind === 'aave-crosschain-forwarder') expect(deployment.destinationChainId).toBeGreaterThan(1)
  }
})
