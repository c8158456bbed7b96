import type { MarketState, Position } from '../model.ts'
import { compileOracles } from './market/compileOracles.ts'
import { compileReserveTerms, type EntryTerms, entryTerms } from './market/compileReserveTerms.ts'

/** A position's standing at the oracles' answers at the state's time, USD. */
export type PositionBorrowLimit = {
  /** Σ collateral counted as collateral, at the price the protocol reads. */
  collateralUsd: number
  /** Σ collateral · LTV: debt the account may hold after borrowing (Aave availableBorrows = this − debt). */
  borrowLimitUsd: number
  /** Σ collateral · liquidation threshold: debt above it is liquidatable (health factor = this / debt). */
  liquidationLimitUsd: number
  debtUsd: number
  /** liquidationLimitUsd / debtUsd; Infinity without debt. */
  healthFactor: number
}

/**
 * Borrowing power by the protocol's own rules, for the borrower response: `positionBorrowLimit(state)` returns a
 * function from a position of that state to its limits. Aave v3 (GenericLogic.calculateUserAccountData,
 * calculateAvailableBorrows): Σ value·LTV with the account's eMode category LTV, threshold and price source for the
 * category's assets; a reserve with LTV 0 gives no borrowing power, one with threshold 0 is no collateral. Compound v2:
 * one collateral factor for both limits; Comet: borrowCollateralFactor (`collateralFactor`) and
 * liquidateCollateralFactor (`liquidationThreshold`). Prices are the oracles' answers (a proposed source's, after
 * applyChanges), not the market's.
 *
 * @example
 * const limitOf = positionBorrowLimit(state)
 * const { borrowLimitUsd, debtUsd } = limitOf(state.positions[0])
 */
export function positionBorrowLimit(state: MarketState): (position: Position) => PositionBorrowLimit {
  const index = new Map(state.assets.map((asset, i) => [asset.symbol, i]))
  const oracles = compileOracles(state, index)
  const terms = compileReserveTerms(state, index, oracles, state.protocol === 'compound-v2')
  const scratch: EntryTerms = { liquidationThreshold: 0, collateralFactor: 0, liquidationBonus: 0, slot: 0 }
  const assetOf = (symbol: string, position: Position) => {
    const asset = index.get(symbol)
    if (asset === undefined) throw new Error(`position ${position.account} holds ${symbol}, which is not an asset of ${state.name}`)
    return asset
  }
  return (position) => {
    const category = position.eModeCategory || undefined
    let collateralUsd = 0
    let borrowLimitUsd = 0
    let liquidationLimitUsd = 0
    let debtUsd = 0
    for (const [symbol, amount] of Object.entries(position.collateral)) {
      const { liquidationThreshold, collateralFactor, slot } = entryTerms(terms, category, assetOf(symbol, position), scratch)
      if (liquidationThreshold === 0) continue
      const valueUsd = Number(amount) * oracles.answer[slot]
      collateralUsd += valueUsd
      borrowLimitUsd += valueUsd * collateralFactor
      liquidationLimitUsd += valueUsd * liquidationThreshold
    }
    for (const [symbol, amount] of Object.entries(position.debt)) debtUsd += Number(amount) * oracles.answer[entryTerms(terms, category, assetOf(symbol, position), scratch).slot]
    return { collateralUsd, borrowLimitUsd, liquidationLimitUsd, debtUsd, healthFactor: debtUsd > 0 ? liquidationLimitUsd / debtUsd : Number.POSITIVE_INFINITY }
  }
}
