import { type Address, decodeFunctionResult, encodeFunctionData, getAddress, parseAbi, type PublicClient } from 'viem'
import { BaseError } from '../../errors.ts'
import type { ParameterChange, ParameterName } from '../../model.ts'
import { multicall3Address } from '../chain/chainRead.ts'
import { readTokenMetadata } from '../chain/readTokenMetadata.ts'
import { revertReason } from '../chain/revertReason.ts'
import { aavePayloadProbeBytecode } from './aavePayloadProbeBytecode.ts'
import { aaveReserveParameters } from './aaveReserveParameters.ts'
import { decodeReserveConfiguration, type ReserveConfiguration } from './decodeReserveConfiguration.ts'

/** AavePayloadProbe.sol's entry point. */
export const aavePayloadProbeAbi = parseAbi([
  'struct Reserves { address oracle; address[] assets; uint256[] configurations; address[] sources; }',
  'function probe(address payload, address pool) returns (Reserves before, Reserves afterwards)',
])

export type SimulateAavePayloadParameters = {
  client: PublicClient
  /** The Aave v3 Pool the payload configures. */
  pool: Address
  /** The payload contract; its `execute()` is delegatecalled, as Aave's governance executors do. */
  payload: Address
  /** The executor that holds the pool-admin and risk-admin roles (Aave's Executor lvl1 on Ethereum). */
  executor: Address
  /** Block to run on; the latest when absent. */
  blockNumber?: bigint
  /** Index of the proposal action, copied into each change. */
  action?: number
  multicallAddress?: Address
  /** Gas for the eth_call. Default 16,777,216 (2^24, the per-transaction cap of EIP-7825). */
  gas?: bigint
}

/** A configuration field that changed but has no Firebreak parameter (flash loans, siloed borrowing, …). */
export type UnmodelledChange = { asset: Address; field: keyof ReserveConfiguration; before: string; after: string }

export type SimulateAavePayloadReturnType = { changes: ParameterChange[]; unmodelled: UnmodelledChange[]; blockNumber: bigint }

/** The payload's `execute()` reverted inside the probe (or the probe could not run): its changes are unknown. */
export class AavePayloadRevertedError extends BaseError {
  override name = 'AavePayloadRevertedError'
  constructor(
    readonly payload: Address,
    reason: string,
    cause?: unknown,
  ) {
    super(`Aave payload ${payload} reverted when executed by the probe: ${reason}`, { cause })
  }
}

const unmodelledFields = ['active', 'stableBorrowRateEnabled', 'borrowableInIsolation', 'siloedBorrowing', 'flashLoanEnabled', 'unbackedMintCap', 'virtualAccountingEnabled', 'decimals'] as const

/**
 * What an Aave payload changes, without a simulation vendor: one eth_call whose state override replaces the
 * executor's code with AavePayloadProbe, which delegatecalls the payload's `execute()` and returns every
 * reserve configuration and price source before and after. The difference becomes ParameterChange[].
 *
 * @example
 * const { changes } = await simulateAavePayload({ client, pool, payload, executor: '0x5300A1a15135EA4dc7aD5a167152C01EFc9b192A' })
 */
export async function simulateAavePayload({
  client,
  pool,
  payload,
  executor,
  blockNumber,
  action = 0,
  multicallAddress = multicall3Address,
  gas = 16_777_216n,
}: SimulateAavePayloadParameters): Promise<SimulateAavePayloadReturnType> {
  const pinned = blockNumber ?? (await client.getBlockNumber())
  let data
  try {
    ;({ data } = await client.call({
      to: executor,
      data: encodeFunctionData({ abi: aavePayloadProbeAbi, functionName: 'probe', args: [payload, pool] }),
      stateOverride: [{ address: executor, code: aavePayloadProbeBytecode }],
      blockNumber: pinned,
      gas,
    }))
  } catch (error) {
    throw new AavePayloadRevertedError(payload, revertReason(error), error)
  }
  if (!data) throw new AavePayloadRevertedError(payload, 'the probe returned no data')
  const [before, after] = decodeFunctionResult({ abi: aavePayloadProbeAbi, functionName: 'probe', data })
  const chainId = await client.getChainId()

  const allAssets = [...new Set([...before.assets, ...after.assets].map((asset) => getAddress(asset)))]
  const metadata = await readTokenMetadata({ client, blockNumber: pinned, multicallAddress }, allAssets).catch(() => undefined)
  const symbolOf = (asset: Address) => metadata?.[allAssets.indexOf(asset)]?.symbol
  const change = (asset: Address, param: ParameterName, previous: string | undefined, next: string, note?: string): ParameterChange => ({
    protocol: 'aave-v3',
    chainId,
    market: getAddress(pool),
    asset,
    ...(symbolOf(asset) ? { symbol: symbolOf(asset) } : {}),
    param,
    ...(previous === undefined ? {} : { before: previous }),
    after: next,
    action,
    ...(note ? { note } : {}),
  })
  const index = (reserves: typeof before) =>
    new Map(reserves.assets.map((asset, i) => [getAddress(asset), { bits: decodeReserveConfiguration(reserves.configurations[i]), source: getAddress(reserves.sources[i]) }]))
  const beforeByAsset = index(before)
  const afterByAsset = index(after)
  const oracleNote = getAddress(before.oracle) === getAddress(after.oracle) ? undefined : `the pool's price oracle changed ${before.oracle} → ${after.oracle}`

  const changes: ParameterChange[] = []
  const unmodelled: UnmodelledChange[] = []
  for (const asset of allAssets) {
    const previous = beforeByAsset.get(asset)
    const next = afterByAsset.get(asset)
    if (!next) {
      changes.push(change(asset, 'listed', 'true', 'false', 'reserve dropped'))
      continue
    }
    if (!previous) changes.push(change(asset, 'listed', 'false', 'true'))
    const nextParameters = aaveReserveParameters(next.bits)
    const previousParameters = previous ? aaveReserveParameters(previous.bits) : undefined
    for (const [param, value] of Object.entries(nextParameters) as [ParameterName, string | boolean | number][]) {
      const old = previousParameters?.[param as keyof typeof previousParameters]
      if (old === undefined || String(old) !== String(value)) changes.push(change(asset, param, old === undefined ? undefined : String(old), String(value)))
    }
    if (!previous || previous.source !== next.source) changes.push(change(asset, 'oracle', previous?.source, next.source, oracleNote))
    if (previous)
      for (const field of unmodelledFields)
        if (String(previous.bits[field]) !== String(next.bits[field]))
          unmodelled.push({ asset, field, before: String(previous.bits[field]), after: String(next.bits[field]) })
  }
  return { changes, unmodelled, blockNumber: pinned }
}
