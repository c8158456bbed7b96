import { type Address, decodeFunctionResult, encodeFunctionData, getAddress, parseAbi, type PublicClient } from 'viem'
import { BaseError } from '../../errors.ts'
import type { ParameterChange } from '../../model.ts'
import { multicall3Address } from '../chain/chainRead.ts'
import { readTokenMetadata } from '../chain/readTokenMetadata.ts'
import { revertReason } from '../chain/revertReason.ts'
import type { AavePool } from './aaveDeployments.ts'
import { aavePayloadProbeBytecode } from './aavePayloadProbeBytecode.ts'
import { type AaveMarketView, aaveMarketChanges, type UnmodelledChange } from './aaveMarketChanges.ts'
import { decodeReserveConfiguration } from './decodeReserveConfiguration.ts'

/** AavePayloadProbe.sol's entry point. */
export const aavePayloadProbeAbi = parseAbi([
  'struct EModeCategory { uint8 id; uint16 ltv; uint16 liquidationThreshold; uint16 liquidationBonus; address priceSource; uint128 collateralBitmap; uint128 borrowableBitmap; }',
  'struct Market { address oracle; address[] assets; uint256[] configurations; address[] sources; uint16[] reserveIds; bytes32[] rateKeys; EModeCategory[] eModes; bool eModeBitmaps; }',
  'function probe(address payload, address pool) returns (Market before, Market afterwards)',
])

export type SimulateAavePayloadParameters = {
  client: PublicClient
  /** The Aave pool to watch (v2 LendingPool or v3 Pool). */
  pool: Address
  protocol?: AavePool['protocol']
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

export type { UnmodelledChange }
export type SimulateAavePayloadReturnType = { changes: ParameterChange[]; unmodelled: UnmodelledChange[]; blockNumber: bigint }

/** The payload's `execute()` reverted inside the probe (or the probe could not run): its changes are unknown. */
export class AavePayloadRevertedError extends BaseError {
  override name = 'AavePayloadRevertedError'
  constructor(
    readonly payload: Address,
    readonly reason: string,
    cause?: unknown,
  ) {
    super(`Aave payload ${payload} reverted when executed by the probe: ${reason}`, { cause })
  }
}

/** The RPC would not run the probe (no eth_call state overrides, or another refusal that is not a revert). */
export class StateOverrideUnavailableError extends BaseError {
  override name = 'StateOverrideUnavailableError'
  constructor(reason: string, cause?: unknown) {
    super(`the RPC did not run the probe with a state override: ${reason}`, { cause })
  }
}

const decodeProbe = (data: `0x${string}`) => decodeFunctionResult({ abi: aavePayloadProbeAbi, functionName: 'probe', data })

/**
 * What an Aave payload changes, without a simulation vendor: one eth_call whose state override replaces the
 * executor's code with AavePayloadProbe, which delegatecalls the payload's `execute()` and returns the pool's
 * reserve configurations, price sources, rate strategies and eMode categories before and after. The difference
 * becomes ParameterChange[]; what has no Firebreak parameter comes back as `unmodelled`.
 *
 * @example
 * const { changes } = await simulateAavePayload({ client, pool, payload, executor: '0x5300A1a15135EA4dc7aD5a167152C01EFc9b192A' })
 */
export async function simulateAavePayload({
  client,
  pool,
  protocol = 'aave-v3',
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
    if (isRevert(error)) throw new AavePayloadRevertedError(payload, revertReason(error), error)
    throw new StateOverrideUnavailableError(rpcMessage(error), error)
  }
  if (!data) throw new AavePayloadRevertedError(payload, 'the probe returned no data')
  const [before, after] = decodeProbe(data)
  const chainId = await client.getChainId()
  const assets = [...new Set([...before.assets, ...after.assets].map((asset) => getAddress(asset)))]
  const metadata = await readTokenMetadata({ client, blockNumber: pinned, multicallAddress }, assets).catch(() => undefined)
  const symbols = new Map(assets.flatMap((asset, i) => (metadata?.[i]?.symbol ? [[asset, metadata[i].symbol] as const] : [])))
  const { changes, unmodelled } = aaveMarketChanges({ before: marketView(before), after: marketView(after), chainId, pool, protocol, action, symbols })
  return { changes, unmodelled, blockNumber: pinned }
}

function marketView(market: ReturnType<typeof decodeProbe>[0]): AaveMarketView {
  return {
    oracle: getAddress(market.oracle),
    reserves: new Map(
      market.assets.map((asset, i) => [
        getAddress(asset),
        { bits: decodeReserveConfiguration(market.configurations[i]), source: getAddress(market.sources[i]), reserveId: market.reserveIds[i], rateKey: market.rateKeys[i] },
      ]),
    ),
    eModes: market.eModes.map((category) => ({ ...category, priceSource: getAddress(category.priceSource) })),
    eModeBitmaps: market.eModeBitmaps,
  }
}

/** What the RPC said: the JSON-RPC error's message (viem keeps it as `details`) rather than viem's summary. */
function rpcMessage(error: unknown): string {
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const details = (current as { details?: unknown }).details
    if (typeof details === 'string' && details) return details
  }
  return revertReason(error)
}

/** A revert of the call itself (the payload or the probe said no), as opposed to the RPC refusing to run it. */
function isRevert(error: unknown): boolean {
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const { name, message, data } = current as { name?: string; message?: string; data?: unknown }
    if (name === 'ExecutionRevertedError' || name === 'ContractFunctionRevertedError') return true
    if (typeof data === 'string' && data.startsWith('0x') && data.length >= 10) return true
    if (data && typeof data === 'object' && typeof (data as { data?: unknown }).data === 'string') return true
    if (typeof message === 'string' && /execution reverted|reverted with|VM Exception/i.test(message)) return true
  }
  return false
}
