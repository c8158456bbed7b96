import { type Abi, type Address, decodeFunctionResult, encodeFunctionResult, getAddress, type Hex, type PublicClient, toFunctionSelector } from 'viem'
import { readContract } from 'viem/actions'
import { BaseError } from '../../errors.ts'
import type { ParameterChange } from '../../model.ts'
import { multicall3Address } from '../chain/chainRead.ts'
import { readTokenMetadata } from '../chain/readTokenMetadata.ts'
import { type AaveEModeCategory, type AaveMarketView, aaveMarketChanges, type UnmodelledChange } from './aaveMarketChanges.ts'
import { configEnginePayloadAbi, configEnginePoolAbi, currentConfigEngineAbi, KEEP_CURRENT, KEEP_CURRENT_ADDRESS, legacyConfigEngineAbi } from './configEngineAbi.ts'
import { decodeReserveConfiguration, type ReserveConfiguration } from './decodeReserveConfiguration.ts'

export type ReadConfigEnginePayloadParameters = {
  client: PublicClient
  payload: Address
  blockNumber?: bigint
  /** Index of the proposal action, copied into each change. */
  action?: number
  multicallAddress?: Address
}

export type ReadConfigEnginePayloadReturnType = {
  /** The pool the payload's config engine configures. */
  pool: Address
  changes: ParameterChange[]
  unmodelled: UnmodelledChange[]
  /** What the view functions cannot show, each a reason the action still needs review. */
  notSeen: string[]
  blockNumber: bigint
}

/** The payload exposes no CONFIG_ENGINE(): it is not built on Aave's config engine, so its view functions say nothing. */
export class NotAConfigEnginePayloadError extends BaseError {
  override name = 'NotAConfigEnginePayloadError'
  constructor(payload: Address, cause?: unknown) {
    super(`payload ${payload} is not built on Aave's config engine (no CONFIG_ENGINE()): its changes are visible only by executing it`, { cause })
  }
}

// The order AaveV3Payload.execute() hands the lists to the engine (aave-v3-origin AaveV3Payload.sol).
const lists = ['eModeCategoryCreations', 'eModeCategoriesUpdates', 'newListings', 'newListingsCustom', 'borrowsUpdates', 'collateralsUpdates', 'rateStrategiesUpdates', 'priceFeedsUpdates', 'assetsEModeUpdates', 'capsUpdates'] as const
type ListName = (typeof lists)[number]
type Row = Record<string, unknown> & { asset?: Address }

const keep = (value: unknown) => value === KEEP_CURRENT
const flag = (value: unknown) => value === 1n
const ZERO: Address = '0x0000000000000000000000000000000000000000'

/**
 * What an Aave config-engine payload (AaveV3Payload) will change, read without executing it: its view functions
 * (collateralsUpdates(), capsUpdates(), borrowsUpdates(), priceFeedsUpdates(), newListings(), newListingsCustom(),
 * eModeCategoriesUpdates(), assetsEModeUpdates(), rateStrategiesUpdates()) are called with plain eth_calls and applied
 * to the pool's current configuration the way the engine applies them (EngineFlags.KEEP_CURRENT keeps a field). The
 * result is reported exactly as the probe reports a simulation. Custom code in the payload's `_preExecute()` /
 * `_postExecute()` is not visible this way and is listed in `notSeen`.
 *
 * @example
 * const { changes, notSeen } = await readConfigEnginePayload({ client, payload })
 */
export async function readConfigEnginePayload({ client, payload, blockNumber, action = 0, multicallAddress = multicall3Address }: ReadConfigEnginePayloadParameters): Promise<ReadConfigEnginePayloadReturnType> {
  const pinned = blockNumber ?? (await client.getBlockNumber())
  const at = { blockNumber: pinned }
  let engine: Address
  try {
    engine = await readContract(client, { address: payload, abi: configEnginePayloadAbi, functionName: 'CONFIG_ENGINE', ...at })
  } catch (error) {
    throw new NotAConfigEnginePayloadError(payload, error)
  }
  const pool = getAddress(await readContract(client, { address: engine, abi: configEnginePayloadAbi, functionName: 'POOL', ...at }))
  const notSeen: string[] = []
  const read = await Promise.all(lists.map((name) => readList(client, payload, name, pinned)))
  const updates = Object.fromEntries(lists.map((name, i) => [name, read[i].rows])) as Record<ListName, Row[]>
  for (const [i, name] of lists.entries()) if (read[i].unreadable) notSeen.push(`${name}() returns data in no config-engine layout Firebreak knows`)

  const listings = [...updates.newListings, ...updates.newListingsCustom.map((row) => row.base as Row)]
  const touched = [...new Set([...listings, ...updates.borrowsUpdates, ...updates.collateralsUpdates, ...updates.rateStrategiesUpdates, ...updates.priceFeedsUpdates, ...updates.assetsEModeUpdates, ...updates.capsUpdates].map((row) => getAddress(row.asset!)))]
  const categories = [...new Set([...updates.eModeCategoriesUpdates, ...updates.assetsEModeUpdates].map((row) => Number(row.eModeCategory)).filter((id) => id > 0))]
  const { view: before, reservesCount } = await readPoolView(client, pool, touched, categories, pinned)
  const after: AaveMarketView = { ...before, reserves: new Map([...before.reserves].map(([asset, reserve]) => [asset, { ...reserve, bits: { ...reserve.bits } }])), eModes: before.eModes.map((category) => ({ ...category })) }
  const reserve = (asset: unknown) => after.reserves.get(getAddress(asset as Address))
  const eMode = (id: number): AaveEModeCategory => {
    let category = after.eModes.find((candidate) => candidate.id === id)
    if (!category) after.eModes.push((category = { id, ltv: 0, liquidationThreshold: 0, liquidationBonus: 0, priceSource: ZERO, collateralBitmap: 0n, borrowableBitmap: 0n }))
    return category
  }

  if (updates.eModeCategoryCreations.length > 0)
    notSeen.push(`eModeCategoryCreations(): ${updates.eModeCategoryCreations.length} new eMode categor${updates.eModeCategoryCreations.length === 1 ? 'y' : 'ies'}, whose ids are assigned only when the payload executes`)
  // EModeEngine._configEModeCategories: KEEP_CURRENT fields take the category's current values.
  for (const row of updates.eModeCategoriesUpdates) {
    const category = eMode(Number(row.eModeCategory))
    if (!keep(row.ltv)) category.ltv = Number(row.ltv)
    if (!keep(row.liqThreshold)) category.liquidationThreshold = Number(row.liqThreshold)
    if (!keep(row.liqBonus)) category.liquidationBonus = 10_000 + Number(row.liqBonus)
    if (typeof row.priceSource === 'string' && row.priceSource.toLowerCase() !== KEEP_CURRENT_ADDRESS) category.priceSource = getAddress(row.priceSource)
  }
  // ListingEngine: initReserves, then the listing's borrow, collateral, price-feed and caps updates.
  const tokens = await readTokenMetadata({ client, blockNumber: pinned, multicallAddress }, listings.map((row) => getAddress(row.asset!))).catch(() => undefined)
  for (const [i, row] of listings.entries()) {
    const asset = getAddress(row.asset!)
    if (after.reserves.has(asset)) continue
    const bits = decodeReserveConfiguration(0n)
    Object.assign(bits, { decimals: tokens?.[i]?.decimals ?? 18, active: true, virtualAccountingEnabled: after.eModeBitmaps, eModeCategory: Number(row.eModeCategory ?? 0) })
    // A new reserve takes the first free id (PoolLogic.executeInitReserve), taken here as the count of listed reserves
    // (a pool with dropped reserves may reuse a lower one): its bit in the eMode bitmaps.
    after.reserves.set(asset, { bits, source: getAddress(row.priceFeed as Address), reserveId: reservesCount + i, rateKey: 'new listing' })
  }
  const withListings = { borrows: [...listings, ...updates.borrowsUpdates], collaterals: [...listings, ...updates.collateralsUpdates], caps: [...listings, ...updates.capsUpdates] }
  for (const row of withListings.borrows) applyBorrow(reserve(row.asset)!.bits, row)
  for (const row of withListings.collaterals) applyCollateral(reserve(row.asset)!.bits, row, after.eModeBitmaps)
  for (const row of updates.rateStrategiesUpdates) reserve(row.asset)!.rateKey = `rateStrategiesUpdates(): ${JSON.stringify(row.params, (_, value) => (typeof value === 'bigint' ? String(value) : value))}`
  for (const row of updates.priceFeedsUpdates) reserve(row.asset)!.source = getAddress(row.priceFeed as Address)
  // EModeEngine._configAssetEMode: collateral / borrowable bits of the reserve's id (v3.2+); legacy: the reserve's category.
  for (const row of updates.assetsEModeUpdates) {
    const target = reserve(row.asset)!
    if (!('collateral' in row)) {
      target.bits.eModeCategory = Number(row.eModeCategory)
      continue
    }
    const category = eMode(Number(row.eModeCategory))
    const bit = 1n << BigInt(target.reserveId)
    if (!keep(row.collateral)) category.collateralBitmap = flag(row.collateral) ? category.collateralBitmap | bit : category.collateralBitmap & ~bit
    if (!keep(row.borrowable)) category.borrowableBitmap = flag(row.borrowable) ? category.borrowableBitmap | bit : category.borrowableBitmap & ~bit
  }
  for (const row of withListings.caps) {
    const bits = reserve(row.asset)!.bits
    if (!keep(row.supplyCap)) bits.supplyCap = row.supplyCap as bigint
    if (!keep(row.borrowCap)) bits.borrowCap = row.borrowCap as bigint
  }
  notSeen.push("anything the payload's own _preExecute() / _postExecute() code does around the config engine (freezes, oracle or admin calls)")

  const symbols = await readTokenMetadata({ client, blockNumber: pinned, multicallAddress }, [...after.reserves.keys()]).catch(() => undefined)
  const { changes, unmodelled } = aaveMarketChanges({
    before,
    after,
    chainId: await client.getChainId(),
    pool,
    protocol: 'aave-v3',
    action,
    symbols: new Map([...after.reserves.keys()].flatMap((asset, i) => (symbols?.[i]?.symbol ? [[asset, symbols[i].symbol] as const] : []))),
  })
  return { pool, changes, unmodelled, notSeen, blockNumber: pinned }
}

/** BorrowEngine._configBorrowSide. */
function applyBorrow(bits: ReserveConfiguration, row: Row): void {
  if (!keep(row.enabledToBorrow)) bits.borrowingEnabled = flag(row.enabledToBorrow)
  if (bits.borrowingEnabled && row.stableRateModeEnabled !== undefined && !keep(row.stableRateModeEnabled)) bits.stableBorrowRateEnabled = flag(row.stableRateModeEnabled)
  if (!keep(row.borrowableInIsolation)) bits.borrowableInIsolation = flag(row.borrowableInIsolation)
  if (!keep(row.withSiloedBorrowing)) bits.siloedBorrowing = flag(row.withSiloedBorrowing)
  if (!keep(row.reserveFactor)) bits.reserveFactor = Number(row.reserveFactor)
  if (!keep(row.flashloanable)) bits.flashLoanEnabled = flag(row.flashloanable)
}

/**
 * CollateralEngine._configCollateralSide: nothing unless the liquidation threshold is set; KEEP_CURRENT takes the
 * current LTV / threshold / bonus (the bonus is given as the excess over 100 %); the debt ceiling is in whole USD.
 * On Aave v3.2+ a frozen reserve keeps LTV 0 and the new LTV becomes its pending LTV (PoolConfigurator.configureReserveAsCollateral).
 */
function applyCollateral(bits: ReserveConfiguration, row: Row, v32: boolean): void {
  if (row.liqThreshold === 0n) return
  const all = [row.ltv, row.liqThreshold, row.liqBonus]
  if (!all.every(keep)) {
    if (!keep(row.ltv) && !(v32 && bits.frozen)) bits.ltv = Number(row.ltv)
    if (!keep(row.liqThreshold)) bits.liquidationThreshold = Number(row.liqThreshold)
    if (!keep(row.liqBonus)) bits.liquidationBonus = 10_000 + Number(row.liqBonus)
  }
  if (!keep(row.liqProtocolFee)) bits.liquidationProtocolFee = Number(row.liqProtocolFee)
  if (!keep(row.debtCeiling)) bits.debtCeiling = (row.debtCeiling as bigint) * 100n
}

/** One list: absent (the call reverts or returns nothing) is empty; data in neither known layout is unreadable. */
async function readList(client: PublicClient, payload: Address, name: ListName, blockNumber: bigint): Promise<{ rows: Row[]; unreadable?: true }> {
  let data: Hex | undefined
  try {
    ;({ data } = await client.call({ to: payload, data: toFunctionSelector(`${name}()`), blockNumber }))
  } catch {
    return { rows: [] }
  }
  if (!data || data === '0x') return { rows: [] }
  for (const abi of [currentConfigEngineAbi, legacyConfigEngineAbi] as Abi[]) {
    if (!abi.some((item) => item.type === 'function' && item.name === name)) continue
    try {
      const rows = decodeFunctionResult({ abi, functionName: name, data }) as Row[]
      // Strict: the data must be exactly the encoding of what was decoded, so a layout with other fields is refused.
      if (encodeFunctionResult({ abi, functionName: name, result: rows }).toLowerCase() === data.toLowerCase()) return { rows }
    } catch {
      // not this layout
    }
  }
  return { rows: [], unreadable: true }
}

/** The pool's current configuration of the assets and eMode categories a payload touches. */
async function readPoolView(client: PublicClient, pool: Address, assets: Address[], categories: number[], blockNumber: bigint): Promise<{ view: AaveMarketView; reservesCount: number }> {
  const at = { blockNumber }
  const call = <T>(functionName: string, args: readonly unknown[] = [], address: Address = pool) => readContract(client, { address, abi: configEnginePoolAbi, functionName, args, ...at } as never) as Promise<T>
  const provider = await call<Address>('ADDRESSES_PROVIDER')
  const oracle = getAddress(await call<Address>('getPriceOracle', [], provider))
  const listed = new Set((await call<Address[]>('getReservesList')).map((asset) => getAddress(asset)))
  const eModeBitmaps = await call<bigint>('getEModeCategoryCollateralBitmap', [1]).then(
    () => true,
    () => false,
  )
  const reserves: AaveMarketView['reserves'] = new Map()
  for (const asset of assets.filter((candidate) => listed.has(candidate))) {
    const [configuration, source, data] = await Promise.all([
      call<bigint>('getConfiguration', [asset]),
      call<Address>('getSourceOfAsset', [asset], oracle).catch(() => ZERO),
      call<{ id: number }>('getReserveData', [asset]),
    ])
    reserves.set(asset, { bits: decodeReserveConfiguration(configuration), source: getAddress(source), reserveId: data.id, rateKey: 'current' })
  }
  const eModes: AaveEModeCategory[] = []
  for (const id of categories) {
    const data = await call<{ ltv: number; liquidationThreshold: number; liquidationBonus: number; priceSource: Address }>('getEModeCategoryData', [id])
    if (data.liquidationThreshold === 0) continue
    const [collateralBitmap, borrowableBitmap] = eModeBitmaps ? await Promise.all([call<bigint>('getEModeCategoryCollateralBitmap', [id]), call<bigint>('getEModeCategoryBorrowableBitmap', [id])]) : [0n, 0n]
    eModes.push({ id, ltv: data.ltv, liquidationThreshold: data.liquidationThreshold, liquidationBonus: data.liquidationBonus, priceSource: getAddress(data.priceSource), collateralBitmap, borrowableBitmap })
  }
  return { view: { oracle, reserves, eModes, eModeBitmaps }, reservesCount: listed.size }
}
