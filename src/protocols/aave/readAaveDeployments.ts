import { getAddress, isAddress } from 'viem'
import { InputError } from '../../errors.ts'
import type { AaveChain, AavePool } from './aaveDeployments.ts'

/**
 * The AAVE_DEPLOYMENTS setting: Aave markets beyond the built-in registry (a fork, a testnet, a new deployment), as JSON
 * `[{ "chainId": 31337, "name": "…", "pools": [{ "protocol": "aave-v3", "pool": "0x…", "configurator": "0x…", "oracle": "0x…" }],
 * "executor": "0x…" }]`. Absent → none; malformed → InputError naming the field.
 */
export function readAaveDeployments(text: string | undefined): AaveChain[] {
  if (!text) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new InputError('AAVE_DEPLOYMENTS is not JSON: expected [{ "chainId": 1, "pools": [{ "pool": "0x…", … }], "executor": "0x…" }].')
  }
  if (!Array.isArray(parsed)) throw new InputError('AAVE_DEPLOYMENTS must be a JSON list of chains.')
  return parsed.map((entry: Record<string, unknown>, i) => {
    const where = `AAVE_DEPLOYMENTS[${i}]`
    const address = (value: unknown, field: string) => {
      if (typeof value !== 'string' || !isAddress(value, { strict: false })) throw new InputError(`${where}.${field} is not a 20-byte 0x address.`)
      return getAddress(value)
    }
    if (!Number.isSafeInteger(entry?.chainId) || (entry.chainId as number) <= 0) throw new InputError(`${where}.chainId must be a positive integer.`)
    if (!Array.isArray(entry.pools) || entry.pools.length === 0) throw new InputError(`${where}.pools must list at least one pool.`)
    const pools: AavePool[] = entry.pools.map((pool: Record<string, unknown>, j) => ({
      protocol: pool.protocol === 'aave-v2' ? 'aave-v2' : 'aave-v3',
      name: typeof pool.name === 'string' ? pool.name : `Aave pool ${j} on chain ${entry.chainId}`,
      pool: address(pool.pool, `pools[${j}].pool`),
      configurator: address(pool.configurator, `pools[${j}].configurator`),
      oracle: address(pool.oracle, `pools[${j}].oracle`),
      source: 'AAVE_DEPLOYMENTS',
    }))
    return {
      chainId: entry.chainId as number,
      name: typeof entry.name === 'string' ? entry.name : `chain ${entry.chainId}`,
      pools,
      governance: { payloadsControllers: [], executorLvl1: address(entry.executor, 'executor'), source: 'AAVE_DEPLOYMENTS' },
    }
  })
}
