import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { AaveConfigSnapshot } from '../../protocols/aave/aaveConfigSnapshotToAssets.ts'
import { buildAaveV3EthereumState } from '../../protocols/aave/buildAaveV3EthereumState.ts'

const DEFAULT_SNAPSHOT = 'fixtures/markets/source/AaveV3Ethereum_UpgradeAaveV3ETHPooolWETHParameters_20231031_before.json'
const DEFAULT_SEED = 20231031
const DEFAULT_ACCOUNTS = 2000

export const summary = 'generate-state [--seed N] [--accounts N] [--snapshot FILE] [--out FILE] — regenerate the embedded Aave v3 Ethereum state'

/**
 * `firebreak generate-state [--seed N] [--accounts N] [--snapshot FILE] [--out FILE]`
 * Regenerates the embedded Aave v3 Ethereum market state (fixtures/markets/aave-v3-ethereum.json by default).
 */
export async function run(args: string[]): Promise<number> {
  let values: { seed?: string; accounts?: string; snapshot?: string; out?: string }
  try {
    values = parseArgs({
      args,
      options: { seed: { type: 'string' }, accounts: { type: 'string' }, snapshot: { type: 'string' }, out: { type: 'string' } },
    }).values
  } catch (error) {
    console.error(`generate-state: ${(error as Error).message}`)
    return 2
  }
  const seed = Number(values.seed ?? DEFAULT_SEED)
  const accounts = Number(values.accounts ?? DEFAULT_ACCOUNTS)
  if (!Number.isInteger(seed) || seed < 0 || !Number.isInteger(accounts) || accounts < 10) {
    console.error('generate-state: --seed must be a non-negative integer and --accounts an integer ≥ 10')
    return 2
  }
  const snapshot = JSON.parse(await readFile(values.snapshot ?? DEFAULT_SNAPSHOT, 'utf8')) as AaveConfigSnapshot
  const { state } = await buildAaveV3EthereumState({ snapshot, seed, accounts })
  const out = values.out ?? 'fixtures/markets/aave-v3-ethereum.json'
  await writeFile(out, `${JSON.stringify(state, null, 1)}\n`)
  console.log(`generate-state: wrote ${out} (${state.positions.length} accounts, contentHash ${state.provenance.contentHash})`)
  return 0
}
