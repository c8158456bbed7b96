import type { CascadeStep, Scenario, ScenarioResult } from '../../model.ts'
import { aaveV3LiquidationCall } from '../liquidation/aaveV3LiquidationCall.ts'
import { compoundV2LiquidateBorrow } from '../liquidation/compoundV2LiquidateBorrow.ts'
import { compoundV3Absorb } from '../liquidation/compoundV3Absorb.ts'
import { CALL_EXECUTED, CALL_UNPROFITABLE, emptyTally, type LiquidationContext } from '../liquidation/liquidationContext.ts'
import { positionDebtUsd, positionHealth, positionShortfallUsd } from '../liquidation/positionHealth.ts'
import { priceImpactAt } from '../market/compileLiquidity.ts'
import { type CompiledMarket, PROTOCOL_COMPOUND_V2, PROTOCOL_COMPOUND_V3 } from '../market/compileMarket.ts'
import { type OracleClock, updateOracle } from './updateOracle.ts'

/** Seconds per path step when a scenario does not say (Scenario.stepSeconds). */
export const DEFAULT_STEP_SECONDS = 14_400
/** Liquidation rounds within one step before the engine stops looking for a fixed point. */
export const MAX_ROUNDS_PER_STEP = 64
/** Relative margin on the health bound, so floating-point rounding can only make the index look at more positions. */
const BOUND_MARGIN = 1e-9

/** Pause liquidations for any step in which some asset's price moves by at least `volatilityThreshold` (a fraction). */
export type CircuitBreaker = { volatilityThreshold: number }

export type ScenarioRunnerOptions = {
  /**
   * 'sorted' (the engine): positions are grouped by the assets they hold and sorted by initial health; a step only looks
   * at those whose health can have crossed 1. 'none' (the reference): every position is looked at in every round.
   * Both give the same numbers bit for bit.
   */
  indexing: 'sorted' | 'none'
  circuitBreaker?: CircuitBreaker
  /** Attach per-step cascade figures to each result (default true). */
  recordCascade?: boolean
}

export type ScenarioRunner = (scenario: Scenario) => ScenarioResult

/**
 * Runs scenarios against one compiled market. Per step: prices move by the scenario's path; oracles follow by their
 * update rule; liquidatable positions are liquidated (largest debt first) while block gas lasts and liquidators profit;
 * their selling moves the market price (finite liquidity), oracles follow, more positions become liquidatable — rounds
 * repeat until no liquidation happens (the fixed point of the step). At the horizon, debt beyond collateral at market
 * prices is bad debt. Scratch memory is allocated once and reused by every scenario.
 */
export function createScenarioRunner(market: CompiledMarket, options: ScenarioRunnerOptions): ScenarioRunner {
  const { assetCount, positionCount, groups, entryStart, entryCollateral, entryDebt } = market
  const recordCascade = options.recordCascade ?? true
  const breaker = options.circuitBreaker
  const { oracles } = market
  const collateral = new Float64Array(entryCollateral.length)
  const debt = new Float64Array(entryDebt.length)
  const oraclePrice = new Float64Array(oracles.count)
  const marketPrice = new Float64Array(assetCount)
  const soldUsd = new Float64Array(assetCount)
  const tally = emptyTally()
  const context: LiquidationContext = { market, collateral, debt, oraclePrice, marketPrice, soldUsd, gasUsd: 0, tally }
  const exogenous = new Float64Array(assetCount)
  const previousExogenous = new Float64Array(assetCount)
  const marketMultiplier = new Float64Array(assetCount)
  const feed = new Float64Array(oracles.count)
  const lastOracleUpdate = new Float64Array(oracles.count)
  let history = new Float64Array(assetCount * 8)
  const activeStamp = new Int32Array(positionCount)
  const active = new Int32Array(positionCount)
  const cursor = new Int32Array(groups.length)
  const candidateDebtUsd = new Float64Array(positionCount)
  const candidateHealth = new Float64Array(positionCount)
  const byDebtThenIndex = (a: number, b: number) => candidateDebtUsd[b] - candidateDebtUsd[a] || a - b
  let stamp = 0
  let activeCount = 0
  const clock: OracleClock = { time: 0, timeMoved: true, step: 0, steps: 1, stepSeconds: DEFAULT_STEP_SECONDS, history, marketPrice, oraclePrice, feed, lastOracleUpdate }

  const activate = (position: number) => {
    activeStamp[position] = stamp
    active[activeCount++] = position
    for (let entry = entryStart[position]; entry < entryStart[position + 1]; entry++) {
      collateral[entry] = entryCollateral[entry]
      debt[entry] = entryDebt[entry]
    }
  }
  /**
   * Untouched positions keep their initial balances, so HF(p) ≥ HF₀ · min(collateral p/p₀) / max(debt p/p₀), HF₀ at the
   * oracles' answers p₀: activate those that can be below 1. `atMarket` bounds HF at market prices (the horizon), else at
   * the oracles' prices.
   */
  const activateByBound = (atMarket: boolean) => {
    const answer = oracles.answer
    for (let g = 0; g < groups.length; g++) {
      const { positions, initialHealth, collateralAssets, collateralSlots, debtAssets, debtSlots } = groups[g]
      let next = cursor[g]
      if (next === positions.length) continue
      let lowest = collateralSlots.length === 0 ? 0 : Number.POSITIVE_INFINITY
      for (let k = 0; k < collateralSlots.length; k++) {
        const move = (atMarket ? marketPrice[collateralAssets[k]] : oraclePrice[collateralSlots[k]]) / answer[collateralSlots[k]]
        if (move < lowest) lowest = move
      }
      let highest = 0
      for (let k = 0; k < debtSlots.length; k++) {
        const move = (atMarket ? marketPrice[debtAssets[k]] : oraclePrice[debtSlots[k]]) / answer[debtSlots[k]]
        if (move > highest) highest = move
      }
      const factor = (lowest / highest) * (1 - BOUND_MARGIN)
      while (next < positions.length && initialHealth[next] * factor < 1) {
        if (activeStamp[positions[next]] !== stamp) activate(positions[next])
        next++
      }
      cursor[g] = next
    }
  }
  const liquidate = (position: number, health: number): number =>
    market.protocol === PROTOCOL_COMPOUND_V3
      ? compoundV3Absorb(context, position)
      : market.protocol === PROTOCOL_COMPOUND_V2
        ? compoundV2LiquidateBorrow(context, position)
        : aaveV3LiquidationCall(context, position, health)

  return (scenario: Scenario): ScenarioResult => {
    stamp++
    activeCount = 0
    cursor.fill(0)
    soldUsd.fill(0)
    Object.assign(tally, emptyTally())
    const stepSeconds = scenario.stepSeconds ?? DEFAULT_STEP_SECONDS
    const paths = market.symbols.map((symbol) => scenario.paths[symbol])
    const steps = Math.max(1, ...paths.map((path) => path?.length ?? 0))
    if (history.length < assetCount * steps) history = new Float64Array(assetCount * steps)
    Object.assign(clock, { steps, stepSeconds, history })
    for (let asset = 0; asset < assetCount; asset++) {
      previousExogenous[asset] = 1
      marketMultiplier[asset] = 1
      marketPrice[asset] = market.price[asset]
    }
    oraclePrice.set(oracles.answer)
    feed.set(oracles.feed)
    lastOracleUpdate.fill(0)
    if (options.indexing === 'none') for (let position = 0; position < positionCount; position++) activate(position)
    const { network } = scenario
    context.gasUsd = network.gasPerLiquidation * network.gasPriceGwei * 1e-9 * network.ethPriceUsd
    const capacityPerStep = Math.floor((network.blockGasForLiquidations * network.blocksPerStep) / network.gasPerLiquidation)
    const cascade: CascadeStep[] = []
    let shock = 0
    let failedLiquidations = 0
    let cascadeDepth = 0
    let pausedSteps = 0
    const candidates: number[] = []

    for (let step = 0; step < steps; step++) {
      const time = (step + 1) * stepSeconds
      let paused = false
      for (let asset = 0; asset < assetCount; asset++) {
        const path = paths[asset]
        const move = path && path.length > 0 ? path[Math.min(step, path.length - 1)] : 1
        exogenous[asset] = move
        if (Math.abs(move - 1) > Math.abs(shock)) shock = move - 1
        if (breaker && Math.abs(move / previousExogenous[asset] - 1) >= breaker.volatilityThreshold) paused = true
        previousExogenous[asset] = move
      }
      if (paused) pausedSteps++
      clock.time = time
      clock.step = step
      const refreshPrices = (timeMoved: boolean) => {
        clock.timeMoved = timeMoved
        for (let asset = 0; asset < assetCount; asset++) {
          marketMultiplier[asset] = exogenous[asset] * (1 - priceImpactAt(market.liquidity[asset], soldUsd[asset]))
          marketPrice[asset] = market.price[asset] * marketMultiplier[asset]
          history[asset * steps + step] = marketPrice[asset]
        }
        for (let k = 0; k < oracles.count; k++) updateOracle(market, oracles.order[k], clock)
      }
      refreshPrices(true)
      let capacity = capacityPerStep
      let rounds = 0
      let waiting = 0
      for (let round = 0; round < MAX_ROUNDS_PER_STEP; round++) {
        activateByBound(false)
        candidates.length = 0
        for (let k = 0; k < activeCount; k++) {
          const position = active[k]
          const health = positionHealth(context, position)
          if (health < 1) {
            candidateHealth[position] = health
            candidateDebtUsd[position] = positionDebtUsd(context, position)
            candidates.push(position)
          }
        }
        waiting = 0
        if (candidates.length === 0) break
        candidates.sort(byDebtThenIndex)
        let executed = 0
        for (const position of candidates) {
          if (paused || capacity === 0) {
            waiting++
            continue
          }
          const outcome = liquidate(position, candidateHealth[position])
          if (outcome === CALL_EXECUTED) {
            executed++
            capacity--
          } else if (outcome === CALL_UNPROFITABLE) waiting++
        }
        if (executed === 0) break
        rounds++
        refreshPrices(false)
      }
      failedLiquidations += waiting
      if (rounds > cascadeDepth) cascadeDepth = rounds
      if (recordCascade)
        cascade.push({ step, price: marketPrice[market.mainCollateral], liquidatedUsd: tally.repaidUsd, badDebtUsd: tally.badDebtUsd })
    }

    // Insolvent debt at the horizon, at market prices: any such position has HF < 1 at those prices, so the bound finds it.
    activateByBound(true)
    const touched = active.subarray(0, activeCount).sort()
    let insolventUsd = 0
    for (const position of touched) insolventUsd += positionShortfallUsd(context, position)
    const badDebtUsd = tally.badDebtUsd + insolventUsd
    if (recordCascade && cascade.length > 0) cascade[cascade.length - 1].badDebtUsd = badDebtUsd
    let priceImpact = 0
    for (let asset = 0; asset < assetCount; asset++) priceImpact = Math.max(priceImpact, priceImpactAt(market.liquidity[asset], soldUsd[asset]))
    const main = market.mainCollateral
    const imposedMove = 1 - exogenous[main]
    const result: ScenarioResult = {
      scenario: scenario.id,
      shock,
      badDebtUsd,
      liquidatedUsd: tally.repaidUsd,
      liquidations: tally.liquidations,
      failedLiquidations,
      reservesDrawUsd: 0,
      insuranceDrawUsd: 0,
      socialisedLossUsd: 0,
      cascadeDepth,
      priceImpact,
      frictionUsd: tally.frictionUsd,
      seizedUsd: tally.seizedUsd,
      amplification: imposedMove >= 0.01 ? (1 - marketMultiplier[main]) / imposedMove : 1,
    }
    if (breaker) result.pausedSteps = pausedSteps
    if (recordCascade) {
      result.cascade = cascade
      result.cascadeAsset = market.symbols[main]
    }
    return result
  }
}
