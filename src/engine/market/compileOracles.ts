import type { MarketState, OracleInfo } from '../../model.ts'

export const ORACLE_DEVIATION = 0 // Chainlink-style: deviation threshold or heartbeat
export const ORACLE_TWAP = 1
export const ORACLE_FIXED = 2
export const ORACLE_MARKET = 3 // follows the market at once (unknown sources)
export const ORACLE_EXCHANGE_RATE = 4 // a rate (capped or not) × the underlying's oracle

/** Chainlink ETH/USD on mainnet: 0.5 % deviation, 1 hour heartbeat; used when a feed's own figures are unknown. */
const DEFAULT_DEVIATION = 0.005
const DEFAULT_HEARTBEAT_SECONDS = 3_600
const DEFAULT_TWAP_SECONDS = 1_800
/** Aave PriceCapAdapterBase.SECONDS_PER_YEAR (365 days). */
const SECONDS_PER_YEAR = 365 * 86_400

/**
 * Every price source of a market laid out by slot: slot `a` < assetCount is asset a's own oracle; the slots after it are
 * the eMode categories' price sources, in `eModeSlot` order. Each slot has a rule (`kind`), the market it reads, and its
 * answer at the state's time — which may differ from the market price (a fixed $1, a CAPO cap below market).
 */
export type CompiledOracles = {
  count: number
  kind: Uint8Array
  /** Asset whose market price the source reads (deviation, TWAP, market); -1 for fixed and exchange-rate sources. */
  market: Int32Array
  /** Exchange-rate sources: the slot of the underlying's oracle the rate multiplies; -1 otherwise. */
  underlying: Int32Array
  /** USD per token the source reports at the state's time. */
  answer: Float64Array
  /** Deviation sources: the aggregator's own answer at the state's time (before a stablecoin price cap). */
  feed: Float64Array
  /** Exchange-rate sources: units of the underlying per token, held over the scenario. */
  rate: Float64Array
  /** Rate CAPO: the largest rate reported at the state's time, and its growth per second (Infinity / 0 without a cap). */
  rateCap: Float64Array
  rateCapGrowthPerSecond: Float64Array
  /** Stablecoin CAPO: the largest USD price reported (Infinity without a cap). */
  priceCap: Float64Array
  /** Aggregator answer bounds: outside them the feed reports the bound (0 / Infinity when unknown). */
  minAnswer: Float64Array
  maxAnswer: Float64Array
  deviation: Float64Array
  heartbeatSeconds: Float64Array
  twapSeconds: Float64Array
  /** Slots in update order: an underlying before the exchange-rate sources that multiply it. */
  order: Int32Array
  /** Slot of each eMode category's price source, by category id; absent = the category has none. */
  eModeSlot: Map<number, number>
}

const baseKind = { chainlink: ORACLE_DEVIATION, twap: ORACLE_TWAP, fixed: ORACLE_FIXED, unknown: ORACLE_MARKET } as const

/**
 * Compiles every oracle of a state, each by its own rule and cited source:
 * - 'chainlink': an OCR aggregator (deviation threshold, heartbeat; answers clamped to [minAnswer, maxAnswer] — the feed
 *   keeps reporting its bound, as Chainlink LUNA/USD did at $0.10 in May 2022).
 * - 'twap': the mean market price over the window (Uniswap v2/v3 oracles). 'fixed': its answer, forever (GhoOracle).
 * - 'exchange-rate': rate × the underlying's oracle (BGD CLSynchronicity adapters, ERC-4626 convertToAssets × feed).
 * - 'capo' with `rateCap`: the same, the rate capped at snapshotRatio + snapshotRatio·maxYearlyGrowth·Δt / 1 year
 *   (bgd-labs/aave-capo PriceCapAdapterBase.latestAnswer); with `priceCap`: a feed capped at a price
 *   (PriceCapAdapterStable.latestAnswer); a CAPO whose cap is not given is modelled uncapped.
 * - 'unknown': assumed to follow the market at once.
 */
export function compileOracles(state: MarketState, symbolIndex: Map<string, number>): CompiledOracles {
  const infos: { info: OracleInfo; own: number; label: string }[] = state.assets.map((asset, i) => ({ info: asset.oracle, own: i, label: `${asset.symbol} oracle` }))
  const eModeSlot = new Map<number, number>()
  for (const category of state.eModeCategories ?? []) {
    if (!category.priceSource) continue
    eModeSlot.set(category.id, infos.length)
    infos.push({ info: category.priceSource, own: -1, label: `eMode category ${category.id} price source` })
  }
  const count = infos.length
  const compiled: CompiledOracles = {
    count,
    kind: new Uint8Array(count),
    market: new Int32Array(count).fill(-1),
    underlying: new Int32Array(count).fill(-1),
    answer: new Float64Array(count),
    feed: new Float64Array(count),
    rate: new Float64Array(count),
    rateCap: new Float64Array(count).fill(Number.POSITIVE_INFINITY),
    rateCapGrowthPerSecond: new Float64Array(count),
    priceCap: new Float64Array(count).fill(Number.POSITIVE_INFINITY),
    minAnswer: new Float64Array(count),
    maxAnswer: new Float64Array(count).fill(Number.POSITIVE_INFINITY),
    deviation: new Float64Array(count),
    heartbeatSeconds: new Float64Array(count),
    twapSeconds: new Float64Array(count),
    order: new Int32Array(count),
    eModeSlot,
  }
  const price = state.assets.map((asset) => Number(asset.price))
  const now = Date.parse(state.provenance.timestamp) / 1000
  const lookup = (symbol: string, label: string) => {
    const asset = symbolIndex.get(symbol)
    if (asset === undefined) throw new Error(`${label}: underlying ${symbol} is not an asset of ${state.name}`)
    return asset
  }
  infos.forEach(({ info, own, label }, slot) => {
    const rated = (info.kind === 'exchange-rate' || info.kind === 'capo') && info.underlying !== undefined && (info.kind === 'exchange-rate' || info.rateCap !== undefined)
    compiled.deviation[slot] = info.deviationThreshold === undefined ? DEFAULT_DEVIATION : Number(info.deviationThreshold)
    compiled.heartbeatSeconds[slot] = info.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS
    compiled.twapSeconds[slot] = info.twapWindowSeconds ?? DEFAULT_TWAP_SECONDS
    if (info.minAnswer !== undefined) compiled.minAnswer[slot] = Number(info.minAnswer)
    if (info.maxAnswer !== undefined) compiled.maxAnswer[slot] = Number(info.maxAnswer)
    if (info.kind === 'capo' && info.priceCap !== undefined) compiled.priceCap[slot] = Number(info.priceCap)
    if (rated) {
      compiled.kind[slot] = ORACLE_EXCHANGE_RATE
      compiled.underlying[slot] = lookup(info.underlying!, label) // the underlying asset's own oracle is its slot
      if (info.rateCap) {
        const snapshotRatio = Number(info.rateCap.snapshotRatio)
        const growthPerSecond = (snapshotRatio * Number(info.rateCap.maxYearlyGrowth)) / SECONDS_PER_YEAR
        compiled.rateCapGrowthPerSecond[slot] = growthPerSecond
        compiled.rateCap[slot] = snapshotRatio + growthPerSecond * (now - info.rateCap.snapshotTimestamp)
      }
      return
    }
    // A CAPO or exchange-rate source without its rate's underlying is read as a feed of the asset's own market.
    compiled.kind[slot] = info.kind === 'capo' || info.kind === 'exchange-rate' ? ORACLE_DEVIATION : baseKind[info.kind]
    if (compiled.kind[slot] === ORACLE_FIXED) return
    if (info.underlying !== undefined) compiled.market[slot] = lookup(info.underlying, label)
    else if (own >= 0) compiled.market[slot] = own
    else throw new Error(`${label} must name the asset whose market it reads (underlying)`)
  })
  // Update order and answers at the state's time: underlyings first (depth-first), cycles refused.
  const visited = new Uint8Array(count) // 0 not yet, 1 in progress, 2 done
  let next = 0
  const visit = (slot: number) => {
    if (visited[slot] === 2) return
    if (visited[slot] === 1) throw new Error(`${infos[slot].label}: exchange-rate sources form a cycle`)
    visited[slot] = 1
    const underlying = compiled.underlying[slot]
    if (underlying >= 0) visit(underlying)
    const { info, own } = infos[slot]
    let base: number
    switch (compiled.kind[slot]) {
      case ORACLE_EXCHANGE_RATE: {
        const underlyingAnswer = compiled.answer[underlying]
        if (info.exchangeRate === undefined && own < 0) throw new Error(`${infos[slot].label} needs its exchangeRate`)
        // A state's own exchange-rate oracle without a stated rate: the rate its price implies.
        compiled.rate[slot] = info.exchangeRate !== undefined ? Number(info.exchangeRate) : price[own] / underlyingAnswer
        base = Math.min(compiled.rate[slot], compiled.rateCap[slot]) * underlyingAnswer
        break
      }
      case ORACLE_FIXED:
        base = info.answer !== undefined ? Number(info.answer) : price[own]
        break
      case ORACLE_DEVIATION:
        base = info.answer !== undefined ? Number(info.answer) : price[compiled.market[slot]]
        break
      default:
        base = price[compiled.market[slot]]
    }
    if (!(base > 0) || !Number.isFinite(base)) throw new Error(`${infos[slot].label} has no positive answer (got ${base})`)
    compiled.feed[slot] = boundedAnswer(compiled, slot, base)
    compiled.answer[slot] = reportedAnswer(compiled, slot, compiled.feed[slot])
    visited[slot] = 2
    compiled.order[next++] = slot
  }
  for (let slot = 0; slot < count; slot++) visit(slot)
  return compiled
}

/** An aggregator's own bounds: a value outside [minAnswer, maxAnswer] is reported as the bound. */
export function boundedAnswer(oracles: CompiledOracles, slot: number, value: number): number {
  return value < oracles.minAnswer[slot] ? oracles.minAnswer[slot] : value > oracles.maxAnswer[slot] ? oracles.maxAnswer[slot] : value
}

/** What a source reports for a feed value: capped at the stablecoin price cap (PriceCapAdapterStable.latestAnswer), within its bounds. */
export function reportedAnswer(oracles: CompiledOracles, slot: number, feed: number): number {
  return boundedAnswer(oracles, slot, feed < oracles.priceCap[slot] ? feed : oracles.priceCap[slot])
}
