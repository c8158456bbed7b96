import { isAddress } from 'viem'
import { expect, test } from 'vitest'
import governanceData from '../../../fixtures/proposals/aave-payload-governance.json'
import { lookupAddress } from '../deployments.ts'
import { aaveChain, aaveChains } from './aaveDeployments.ts'

const lower = (address: string) => address.toLowerCase()
// Outside the registry: the permissioned Aave Arc pool (Gov-v2 proposals 77 and 84, run by its own timelock) and the
// Aave v1 price oracle (Gov-v3 payload 1/3 moves v1's REP source).
const notRegistered = new Set(['0x37D7306019a38Af123e4b245Eb6C28AF552e0bB0', '0x76B47460d7F7c5222cFb6b6A75615ab10895DDe4'].map(lower))

test('default', () => {
  expect(aaveChain(1)?.pools.map((pool) => pool.name)).toEqual([
    'Aave v3 Ethereum Core',
    'Aave v3 Ethereum Prime (Lido)',
    'Aave v3 Ethereum EtherFi',
    'Aave v3 Ethereum Horizon',
    'Aave v2 Ethereum',
    'Aave v2 Ethereum AMM',
  ])
  expect(aaveChain(42161)?.governance).toMatchObject({ payloadsControllers: ['0x89644CA1bB8064760312AE4F03ea41b05dA3637C'], executorLvl1: '0xFF1137243698CaA18EE364Cc966CF0e02A4e6327' })
  expect(aaveChain(31337)).toBeUndefined()
  const local = { chainId: 31337, name: 'local', pools: [], governance: { payloadsControllers: [], executorLvl1: '0x0000000000000000000000000000000000000001' as const, source: 'test' } }
  expect(aaveChain(31337, [local])).toBe(local)
})

test('behavior: every chain and PayloadsController of the real Gov-v3 payloads resolves, with the pools and oracles their changes touched', () => {
  const chains = new Set(governanceData.govV3Payloads.map((item) => item.chainId))
  expect(chains.size).toBe(17)
  for (const item of governanceData.govV3Payloads) {
    const chain = aaveChain(item.chainId)
    expect(chain, `chain ${item.chainId}`).toBeDefined()
    expect(chain!.governance.payloadsControllers.map(lower), `${item.chainId}/${item.payloadId}`).toContain(lower(item.payloadsController))
    // Risk payloads run as executor lvl1; only Ethereum has a lvl2 executor.
    for (const level of item.accessLevels) expect(level === 1 || (level === 2 && chain!.governance.executorLvl2 !== undefined), `${item.chainId}/${item.payloadId} level ${level}`).toBe(true)
    const known = new Set(chain!.pools.flatMap((pool) => [pool.pool, pool.oracle]).map(lower))
    for (const contract of item.contracts.filter((address) => !notRegistered.has(lower(address)))) expect(known, `${item.chainId}/${item.payloadId} touches ${contract}`).toContain(lower(contract))
  }
})

test('behavior: every Gov-v2 payload proposal resolves: its executor, the chain each bridge forwarder reaches and that chain\'s bridge executor, the pools touched', () => {
  expect(governanceData.govV2Payloads).toHaveLength(147)
  for (const proposal of governanceData.govV2Payloads) {
    expect(lower(proposal.executor), `proposal ${proposal.proposalId}`).toBe(lower(aaveChain(1)!.governance.governanceV2Executor!))
    for (const target of proposal.targets) {
      const deployment = lookupAddress(1, target).deployment
      if (deployment?.kind !== 'aave-crosschain-forwarder') continue
      expect(aaveChain(deployment.destinationChainId!)?.governance.governanceV2Executor, `forwarder ${target}`).toBeDefined()
    }
    const pools = new Set(aaveChains.flatMap((chain) => chain.pools.map((pool) => lower(pool.pool))))
    for (const pool of proposal.contracts.filter((address) => !notRegistered.has(lower(address)))) expect(pools, `proposal ${proposal.proposalId} touches ${pool}`).toContain(lower(pool))
  }
})

test('behavior: every address is checksummed, every entry names its source, one pool per address and chain', () => {
  for (const chain of aaveChains) {
    const governance = chain.governance
    for (const address of [...governance.payloadsControllers, governance.executorLvl1, governance.executorLvl2, governance.governanceV2Executor].filter(Boolean))
      expect(isAddress(address!, { strict: true }), `${chain.chainId} ${address}`).toBe(true)
    expect(governance.source).toMatch(/aave-address-book .* @[0-9a-f]{40}/)
    for (const pool of chain.pools) {
      for (const address of [pool.pool, pool.configurator, pool.oracle, pool.dataProvider].filter(Boolean)) expect(isAddress(address!, { strict: true }), `${pool.name} ${address}`).toBe(true)
      expect(pool.source, pool.name).toMatch(/aave-address-book src\/AaveV[23]\w+\.sol @[0-9a-f]{40}/)
    }
    expect(new Set(chain.pools.map((pool) => lower(pool.pool))).size).toBe(chain.pools.length)
  }
  expect(new Set(aaveChains.map((chain) => chain.chainId)).size).toBe(aaveChains.length)
})
