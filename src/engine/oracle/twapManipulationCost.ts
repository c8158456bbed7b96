import { InputError } from '../../errors.ts'
export type TwapManipulationCostParameters = {
  /** The factor by which the oracle's reading should move (2 = double the price). */
  factor: number
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

export type TwapManipulationCostReturnType = {
  /** The spot factor the cheapest attack holds, and for how many blocks (with arbitrage every block). */
  spotFactor: number
  blocks: number
  /** Quote spent to push the spot there once: y(√m − 1) (constant product x·y = k). */
  capitalUsd: number
  /** Cost when arbitrageurs pull the price back every block and the push is repeated: h · [y(√m + 1/√m − 2) + fee·y(√m − 1)]. */
  costWithArbitrageUsd: number
  /** Cost when the attacker keeps the blocks to itself (multi-block MEV; the INV attack): fees on the push and the unwind. */
  costWithoutArbitrageUsd: number
}

/**
 * What it costs to move an on-chain TWAP oracle by `factor` over its window, in a constant-product pool.
 * Holding the spot at m for h of the window's W blocks moves a Uniswap v2 TWAP (arithmetic mean of price,
 * v2 whitepaper §2.2) to 1 + (h/W)(m − 1) and a Uniswap v3 TWAP (geometric mean, 1.0001^mean tick, v3 whitepaper
 * §5.2) to m^(h/W). The attacker picks the h that costs least: a v2 TWAP is cheapest to move with one huge
 * one-block spike, a v3 TWAP by holding the whole window. An order book with a spot oracle is a window of 0.
 *
 * @example
 * twapManipulationCost({ factor: 4, kind: 'uniswap-v2', quoteReserveUsd: 1e6, fee: 0.003, windowSeconds: 0, blockSeconds: 12 }).capitalUsd // 1e6
 */
export function twapManipulationCost({ factor, kind, quoteReserveUsd, fee, windowSeconds, blockSeconds }: TwapManipulationCostParameters): TwapManipulationCostReturnType {
  if (!(factor >= 1)) throw new InputError('factor must be at least 1 (this models pushing the price up to borrow against it)')
  if (!(quoteReserveUsd > 0) || !(blockSeconds > 0)) throw new InputError('quoteReserveUsd and blockSeconds must be positive')
  const windowBlocks = Math.max(1, Math.ceil(windowSeconds / blockSeconds))
  const held = [...new Set([...Array.from({ length: 40 }, (_, k) => 2 ** k).filter((h) => h < windowBlocks), windowBlocks])]
  const spotFactorFor = (blocks: number) =>
    kind === 'uniswap-v3' ? factor ** (windowBlocks / blocks) : 1 + ((factor - 1) * windowBlocks) / blocks
  // Constant product: raising the price by m moves the quote reserve from y to y√m (and the token reserve to x/√m).
  const capitalFor = (m: number) => quoteReserveUsd * (Math.sqrt(m) - 1)
  // The tokens bought are worth y(1 − 1/√m) at the true price; the rest of y(√m − 1) goes to whoever trades back.
  const lossPerPush = (m: number) => quoteReserveUsd * (Math.sqrt(m) + 1 / Math.sqrt(m) - 2) + fee * capitalFor(m)
  let best = { blocks: windowBlocks, spotFactor: spotFactorFor(windowBlocks), cost: Number.POSITIVE_INFINITY }
  for (const blocks of held) {
    const spotFactor = spotFactorFor(blocks)
    const cost = blocks * lossPerPush(spotFactor)
    if (cost < best.cost) best = { blocks, spotFactor, cost }
  }
  // Without arbitrage the attacker holds the whole window with the smallest push and unwinds it: fees both ways.
  return {
    spotFactor: best.spotFactor,
    blocks: best.blocks,
    capitalUsd: capitalFor(best.spotFactor),
    costWithArbitrageUsd: best.cost,
    costWithoutArbitrageUsd: 2 * fee * capitalFor(factor),
  }
}
