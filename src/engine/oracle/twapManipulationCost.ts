import { twapManipulationCostForBlocks, type TwapManipulationCostForBlocksParameters } from './twapManipulationCostForBlocks.ts'

export type TwapManipulationCostParameters = Omit<TwapManipulationCostForBlocksParameters, 'blocks'>

export type TwapManipulationCostReturnType = {
  /** The spot factor the cheapest attack holds, and for how many blocks (with arbitrage every block). */
  spotFactor: number
  blocks: number
  /** Quote spent to push the spot there once: y(√s − 1) (constant product x·y = k). */
  capitalUsd: number
  /** Cost of that attack when arbitrageurs pull the price back every block and the push is repeated. */
  costWithArbitrageUsd: number
  /** Cost when the attacker keeps the blocks to itself: the whole window at the smallest push, fees both ways. */
  costWithoutArbitrageUsd: number
}

/**
 * The cheapest way to move a TWAP oracle by `factor` over its window: twapManipulationCostForBlocks for every number
 * of manipulated blocks m from 1 to W, the least cost with arbitrage every block kept. A v2 (arithmetic) TWAP is moved
 * cheapest by a short spike, a v3 (geometric) one by holding the whole window. An order book with a spot oracle is a
 * window of 0.
 *
 * @example
 * twapManipulationCost({ factor: 4, kind: 'uniswap-v2', quoteReserveUsd: 1e6, fee: 0.003, windowSeconds: 0, blockSeconds: 12 }).capitalUsd // 1e6
 */
export function twapManipulationCost(parameters: TwapManipulationCostParameters): TwapManipulationCostReturnType {
  let best = twapManipulationCostForBlocks({ ...parameters, blocks: 1 })
  for (let blocks = 2; blocks <= best.windowBlocks; blocks++) {
    const candidate = twapManipulationCostForBlocks({ ...parameters, blocks })
    if (candidate.costWithArbitrageUsd < best.costWithArbitrageUsd) best = candidate
  }
  // Without arbitrage the attacker holds the whole window with the smallest push and unwinds it.
  const whole = twapManipulationCostForBlocks({ ...parameters, blocks: best.windowBlocks })
  return {
    spotFactor: best.spotFactor,
    blocks: best.blocks,
    capitalUsd: best.capitalUsd,
    costWithArbitrageUsd: best.costWithArbitrageUsd,
    costWithoutArbitrageUsd: whole.costWithoutArbitrageUsd,
  }
}
