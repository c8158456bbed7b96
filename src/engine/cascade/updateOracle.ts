import { type CompiledMarket, ORACLE_DEVIATION, ORACLE_FIXED, ORACLE_TWAP } from '../market/compileMarket.ts'

export type OracleClock = {
  /** Seconds since the scenario began (end of the current step). */
  time: number
  /** True at the start of a step (time has passed); false between liquidation rounds within a step. */
  timeMoved: boolean
  step: number
  steps: number
  stepSeconds: number
  /** Market price multipliers per asset and step (`asset * steps + step`); before the scenario the multiplier was 1. */
  history: Float64Array
  marketMultiplier: Float64Array
  oracleMultiplier: Float64Array
  lastOracleUpdate: Float64Array
}

/**
 * Moves one asset's oracle price toward the market by the oracle's rule. Chainlink-style feeds update when the market is
 * more than the deviation threshold away or the heartbeat has passed since the last update (OCR aggregator rules);
 * a TWAP reads the mean of the market price over its window (Uniswap v2/v3 oracle: cumulative price / window, sampled
 * once per step); a fixed source never moves; an unknown source is assumed to follow the market at once.
 */
export function updateOracle(market: CompiledMarket, asset: number, clock: OracleClock): void {
  const { marketMultiplier, oracleMultiplier, lastOracleUpdate } = clock
  const kind = market.oracleKind[asset]
  if (kind === ORACLE_DEVIATION) {
    const heartbeat = clock.timeMoved && clock.time - lastOracleUpdate[asset] >= market.oracleHeartbeatSeconds[asset]
    if (heartbeat || Math.abs(marketMultiplier[asset] / oracleMultiplier[asset] - 1) > market.oracleDeviation[asset]) {
      oracleMultiplier[asset] = marketMultiplier[asset]
      lastOracleUpdate[asset] = clock.time
    }
  } else if (kind === ORACLE_TWAP) {
    const samples = Math.max(1, Math.round(market.oracleTwapSeconds[asset] / clock.stepSeconds))
    let sum = 0
    for (let back = 0; back < samples; back++) {
      const step = clock.step - back
      sum += step >= 0 ? clock.history[asset * clock.steps + step] : 1
    }
    oracleMultiplier[asset] = sum / samples
  } else if (kind !== ORACLE_FIXED) oracleMultiplier[asset] = marketMultiplier[asset]
}
