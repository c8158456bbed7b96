import type { CompiledMarket } from '../market/compileMarket.ts'

/** What liquidation calls read and write during one scenario: the positions' balances and the prices of the moment. */
export type LiquidationContext = {
  market: CompiledMarket
  /** Token units per position entry (see CompiledMarket.entryStart); consumed in place. */
  collateral: Float64Array
  debt: Float64Array
  /** USD per token as each oracle slot reports it (CompiledMarket.oracles; an entry's slot is CompiledMarket.entryPrice). */
  oraclePrice: Float64Array
  /** USD per token where liquidators sell (the exogenous price less the impact of liquidation selling). */
  marketPrice: Float64Array
  /** USD of each asset sold by liquidators so far in this scenario. */
  soldUsd: Float64Array
  /** USD one liquidation transaction costs in gas. */
  gasUsd: number
  tally: LiquidationTally
}

/** Running totals of one scenario, USD. */
export type LiquidationTally = {
  liquidations: number
  /** Debt repaid by liquidators (or absorbed by the protocol), at oracle prices. */
  repaidUsd: number
  /** Market value of collateral liquidators sold. */
  seizedUsd: number
  /** Slippage and gas spent by liquidators. */
  frictionUsd: number
  /** Liquidation bonus kept by the protocol (Aave protocol fee, Compound v2 seize share). */
  protocolFeeUsd: number
  /** Debt left with nothing behind it, realised during liquidations (Aave v3.3 deficit, Comet absorb shortfall). */
  badDebtUsd: number
}

export function emptyTally(): LiquidationTally {
  return { liquidations: 0, repaidUsd: 0, seizedUsd: 0, frictionUsd: 0, protocolFeeUsd: 0, badDebtUsd: 0 }
}

/** What a liquidation call did. */
export const CALL_EXECUTED = 0
/** Due, but no liquidator would make money: bonus − slippage − gas ≤ 0. */
export const CALL_UNPROFITABLE = 1
/** Nothing to seize: the debt waits for the end of the horizon, where it counts as bad debt. */
export const CALL_NOTHING_TO_SEIZE = 2
/** Written off without a transaction (Aave v3.3 burns the debt of an account with no collateral). */
export const CALL_WRITTEN_OFF = 3

/** Relative tolerance under which a repayment or seizure counts as the whole balance. */
export const DUST = 1e-12
