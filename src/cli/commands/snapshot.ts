import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { getAddress, isAddress } from 'viem'
import { InputError } from '../../errors.ts'
import { createChainClient } from '../../protocols/chain/createChainClient.ts'
import { type ChainProtocol, chainProtocols, loadMarketState } from '../../protocols/loadMarketState.ts'

export const summary = 'snapshot --rpc URL --protocol aave-v3|compound-v2|comet --market ADDRESS [--block N] [--out FILE] — read a market state from a chain'

const usage = `Usage: firebreak snapshot --rpc URL [--rpc URL …] --protocol ${Object.keys(chainProtocols).join('|')} --market ADDRESS
         [--block N] [--out FILE] [--from-block N] [--max-block-range N] [--max-positions N] [--timeout-ms N]`

const integer = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new InputError(`--${name} must be a non-negative integer, got "${value}"`)
  return BigInt(value)
}

/**
 * `firebreak snapshot`: reads one market at one block (the latest unless --block) through the given RPC URLs
 * (tried in order) and writes a MarketState with provenance and content hash to --out, or to stdout.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      rpc: { type: 'string', multiple: true },
      protocol: { type: 'string' },
      market: { type: 'string' },
      block: { type: 'string' },
      out: { type: 'string' },
      'from-block': { type: 'string' },
      'max-block-range': { type: 'string' },
      'max-positions': { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
  })
  if (!values.rpc?.length) throw new InputError(`--rpc is required\n${usage}`)
  if (!values.protocol || !(values.protocol in chainProtocols)) throw new InputError(`--protocol must be one of ${Object.keys(chainProtocols).join(', ')}\n${usage}`)
  if (!values.market || !isAddress(values.market, { strict: false })) throw new InputError(`--market must be a contract address\n${usage}`)
  const maxPositions = integer('max-positions', values['max-positions'])
  const timeoutMs = integer('timeout-ms', values['timeout-ms'])
  const client = createChainClient({ rpcUrls: values.rpc, ...(timeoutMs === undefined ? {} : { timeoutMs: Number(timeoutMs) }) })
  const state = await loadMarketState({
    protocol: values.protocol as ChainProtocol,
    client,
    market: getAddress(values.market),
    blockNumber: integer('block', values.block),
    borrowers: {
      fromBlock: integer('from-block', values['from-block']),
      maxBlockRange: integer('max-block-range', values['max-block-range']),
      maxPositions: maxPositions === undefined ? undefined : Number(maxPositions),
    },
  })
  const json = `${JSON.stringify(state, null, 1)}\n`
  if (!values.out) {
    process.stdout.write(json)
    return 0
  }
  await writeFile(values.out, json)
  console.log(
    `snapshot: wrote ${values.out} — ${state.name}, chain ${state.chainId} block ${state.provenance.block}, ${state.assets.length} assets, ` +
      `${state.positions.length} positions (+${state.positionsTail?.accounts ?? 0} summed), contentHash ${state.provenance.contentHash}`,
  )
  return 0
}
