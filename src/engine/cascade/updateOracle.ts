import type { CompiledMarket } from '../market/compileMarket.ts'
import { ORACLE_DEVIATION, ORACLE_EXCHANGE_RATE, ORACLE_FIXED, ORACLE_TWAP, boundedAnswer, reportedAnswer } from '../market/compileOracles.ts'

export type OracleClock = {
  /** Seconds since the scenario began (end of the current step). */
  time: number
  /** True at the start of a step (time has passed); false between liquidation rounds within a step. */
  timeMoved: boolean
  step: number
  steps: number
  stepSeconds: number
  /** Market price per asset and step (`asset * steps + step`), USD; before the scenario the state's price. */
  history: Float64Array
  /** Market price per asset now, USD. */
  marketPrice: Float64Array
  /** What each oracle slot reports now, USD (CompiledMarket.oracles). */
  oraclePrice: Float64Array
  /** Deviation sources: the aggregator's last answer (before a stablecoin price cap) and when it was written. */
  feed: Float64Array
  lastOracleUpdate: Float64Array
}

/**
 * Moves one oracle slot by its rule (compileOracles lists each rule's source). Chainlink-style feeds update when the
 * market is more than the deviation threshold away from their last answer, or the heartbeat has passed (OCR aggregator
 * rules), and never report outside [minAnswer, maxAnswer]; a TWAP reads the mean market price over its window
 * (cumulative price / window, sampled once per step); a fixed source never moves; an exchange-rate source reports
 * min(rate, rate cap now) × its underlying's oracle — so an LST priced this way does not follow its own market in a
 * depeg; a stablecoin CAPO caps its feed; an unknown source is assumed to follow the market at once. Slots are updated in
 * `oracles.order`, so an underlying has moved before the rates that multiply it.
 */
export function updateOracle(market: CompiledMarket, slot: number, clock: OracleClock): void {
  const { oracles } = market
  const { marketPrice, oraclePrice, feed, lastOracleUpdate } = clock
  const kind = oracles.kind[slot]
  if (kind === ORACLE_FIXED) return
  if (kind === ORACLE_EXCHANGE_RATE) {
    const cap = oracles.rateCap[slot] + oracles.rateCapGrowthPerSecond[slot] * clock.time
    const rate = oracles.rate[slot] < cap ? oracles.rate[slot] : cap
    oraclePrice[slot] = reportedAnswer(oracles, slot, rate * oraclePrice[oracles.underlying[slot]])
    return
  }
  const asset = oracles.market[slot]
  if (kind === ORACLE_DEVIATION) {
    const heartbeat = clock.timeMoved && clock.time - lastOracleUpdate[slot] >= oracles.heartbeatSeconds[slot]
    if (heartbeat || Math.abs(marketPrice[asset] / feed[slot] - 1) > oracles.deviation[slot]) {
      feed[slot] = boundedAnswer(oracles, slot, marketPrice[asset])
      lastOracleUpdate[slot] = clock.time
    }
    oraclePrice[slot] = reportedAnswer(oracles, slot, feed[slot])
    return
  }
  if (kind === ORACLE_TWAP) {
    const samples = Math.max(1, Math.round(oracles.twapSeconds[slot] / clock.stepSeconds))
    let sum = 0
    for (let back = 0; back < samples; back++) {
      const step = clock.step - back
      sum += step >= 0 ? clock.history[asset * clock.steps + step] : market.price[asset]
    }
    oraclePrice[slot] = reportedAnswer(oracles, slot, sum / samples)
    return
  }
  oraclePrice[slot] = reportedAnswer(oracles, slot, marketPrice[asset])
}
