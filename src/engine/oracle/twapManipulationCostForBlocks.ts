import { InputError } from '../../errors.ts'

export type TwapManipulationCostForBlocksParameters = {
  /** The factor by which the oracle's reading should move (2 = double the price). */
  factor: number
  /** Blocks of the window the attacker holds the spot price at the manipulated level (1 ≤ m ≤ window blocks). */
  blocks: number
  /** Pool kind: v2 averages spot prices (arithmetic TWAP), v3 averages ticks (geometric TWAP). */
  kind: 'uniswap-v2' | 'uniswap-v3' | 'orderbook'
  /** USD value of the pool's quote-side reserve (constant product x·y = k). */
  quoteReserveUsd: number
  /** Swap fee as a fraction (0.003). */
  fee: number
  /** TWAP window in seconds; 0 = the oracle reads spot. */
  windowSeconds: number
  blockSeconds: number
}

export type TwapManipulationCostForBlocksReturnType = {
  /** W: blocks in the window (at least 1). */
  windowBlocks: number
  /** m, as given (capped at W). */
  blocks: number
  /** The spot factor to hold for those m blocks: k^(W/m) for a geometric TWAP, 1 + (k − 1)·W/m for an arithmetic one. */
  spotFactor: number
  /** Quote swapped in to push the spot there once: y(√s − 1) (constant product). */
  capitalUsd: number
  /** Lost per manipulated block when arbitrageurs pull the price back each block: y(√s + 1/√s − 2) + fee·y(√s − 1). */
  arbitrageCostPerBlockUsd: number
  /** m × the per-block cost. */
  costWithArbitrageUsd: number
  /** Cost when the attacker keeps the m blocks to itself (multi-block MEV; the INV attack): fees on the push and the unwind. */
  costWithoutArbitrageUsd: number
}

/**
 * The closed form of moving a TWAP oracle by `factor` while holding the spot for m of the window's W blocks, on a
 * constant-product pool (price elsewhere in the window unchanged). A Uniswap v3 TWAP is the geometric mean of price
 * (1.0001^(mean tick), v3 whitepaper §5.2): holding s for m blocks gives s^(m/W), so s = k^(W/m); a Uniswap v2 TWAP is
 * the arithmetic mean (v2 whitepaper §2.2): 1 + (m/W)(s − 1), so s = 1 + (k − 1)W/m. Pushing the price by s takes
 * y(√s − 1) of quote (the quote reserve moves from y to y√s); the tokens bought are worth y(1 − 1/√s) at the true
 * price, so each push that arbitrage undoes loses y(√s + 1/√s − 2) plus the fee on the push.
 *
 * @example
 * twapManipulationCostForBlocks({ factor: 1.2, blocks: 2, kind: 'uniswap-v3', quoteReserveUsd: 1e6, fee: 0.003, windowSeconds: 1800, blockSeconds: 12 }).spotFactor // 1.2^75
 */
export function twapManipulationCostForBlocks({ factor, blocks, kind, quoteReserveUsd, fee, windowSeconds, blockSeconds }: TwapManipulationCostForBlocksParameters): TwapManipulationCostForBlocksReturnType {
  if (!(factor >= 1)) throw new InputError('factor must be at least 1 (this models pushing the price up to borrow against it)')
  if (!(quoteReserveUsd > 0) || !(blockSeconds > 0)) throw new InputError('quoteReserveUsd and blockSeconds must be positive')
  if (!(Number.isInteger(blocks) && blocks >= 1)) throw new InputError('blocks must be a whole number of blocks, at least 1')
  const windowBlocks = Math.max(1, Math.ceil(windowSeconds / blockSeconds))
  const held = Math.min(blocks, windowBlocks)
  const spotFactor = kind === 'uniswap-v3' ? factor ** (windowBlocks / held) : 1 + ((factor - 1) * windowBlocks) / held
  const root = Math.sqrt(spotFactor)
  const capitalUsd = quoteReserveUsd * (root - 1)
  const arbitrageCostPerBlockUsd = quoteReserveUsd * (root + 1 / root - 2) + fee * capitalUsd
  return {
    windowBlocks,
    blocks: held,
    spotFactor,
    capitalUsd,
    arbitrageCostPerBlockUsd,
    costWithArbitrageUsd: held * arbitrageCostPerBlockUsd,
    costWithoutArbitrageUsd: 2 * fee * capitalUsd,
  }
}
