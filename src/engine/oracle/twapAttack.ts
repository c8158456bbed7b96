import { twapManipulationCost, type TwapManipulationCostParameters } from './twapManipulationCost.ts'

export type TwapAttackParameters = Omit<TwapManipulationCostParameters, 'factor'> & {
  /** Borrowing power per USD of collateral at the oracle's price (collateral factor / LTV). */
  collateralFactor: number
  /** USD the attacker could borrow out of the market (available liquidity of the other assets, within borrow caps). */
  borrowableUsd: number
  /** Most collateral the market accepts, in USD at the true price (supply cap); Infinity when uncapped. */
  collateralCapUsd: number
  /** Largest oracle factor to try (a bounded search). */
  maxFactor?: number
}

export type TwapAttackReturnType = {
  /** True when some manipulation factor yields more borrowed value than the collateral and the manipulation cost. */
  pays: boolean
  /** The most profitable oracle factor, and what it yields with arbitrage every block. */
  factor: number
  profitUsd: number
  borrowedUsd: number
  collateralUsd: number
  costWithArbitrageUsd: number
  costWithoutArbitrageUsd: number
  capitalUsd: number
  blocks: number
  /** The best profit for an attacker who keeps the window's blocks to itself (no arbitrage between them). */
  profitWithoutArbitrageUsd: number
  paysWithoutArbitrage: boolean
}

/**
 * Does manipulating the oracle pay? The attacker supplies collateral worth C at the true price, the oracle values it
 * at k·C, the attacker borrows CF·k·C (up to what the market can lend) and walks away: profit = CF·k·C − C − cost(k).
 * For each k the best C drains the market: C = min(cap, borrowable / (CF·k)). The INV (Inverse, April 2022) and
 * MNGO (Mango, October 2022) losses are this trade. k is searched on a log grid from 1 to `maxFactor`.
 */
export function twapAttack({ collateralFactor, borrowableUsd, collateralCapUsd, maxFactor = 1000, ...pool }: TwapAttackParameters): TwapAttackReturnType {
  let best: TwapAttackReturnType | undefined
  let profitWithoutArbitrageUsd = Number.NEGATIVE_INFINITY
  const steps = 400
  for (let step = 1; step <= steps; step++) {
    const factor = maxFactor ** (step / steps)
    const cost = twapManipulationCost({ ...pool, factor })
    const collateralUsd = Math.min(collateralCapUsd, borrowableUsd / (collateralFactor * factor))
    const borrowedUsd = Math.min(borrowableUsd, collateralFactor * factor * collateralUsd)
    const gain = borrowedUsd - collateralUsd
    const candidate: TwapAttackReturnType = {
      pays: gain - cost.costWithArbitrageUsd > 0,
      factor,
      profitUsd: gain - cost.costWithArbitrageUsd,
      borrowedUsd,
      collateralUsd,
      costWithArbitrageUsd: cost.costWithArbitrageUsd,
      costWithoutArbitrageUsd: cost.costWithoutArbitrageUsd,
      capitalUsd: cost.capitalUsd,
      blocks: cost.blocks,
      profitWithoutArbitrageUsd: 0,
      paysWithoutArbitrage: false,
    }
    profitWithoutArbitrageUsd = Math.max(profitWithoutArbitrageUsd, gain - cost.costWithoutArbitrageUsd)
    if (!best || candidate.profitUsd > best.profitUsd) best = candidate
  }
  return { ...(best as TwapAttackReturnType), profitWithoutArbitrageUsd, paysWithoutArbitrage: profitWithoutArbitrageUsd > 0 }
}
