import { type CompiledLiquidity, slippageAt } from './compileLiquidity.ts'

/**
 * The largest sale (USD at the pre-trade price) whose average slippage stays within `slippage`: closed form for a
 * constant-product pool (V/(D+V) = s → V = D·s/(1 − s)), bisection on the monotone slippage curve otherwise.
 * Infinity when the curve never reaches it (no curve, or a Cont–Schaanning floor above it).
 *
 * @example
 * sizeAtSlippage(compileLiquidity({ kind: 'constant-product', depthUsd: '9000000', source: 'x' }), 0.1) // 1e6
 */
export function sizeAtSlippage(liquidity: CompiledLiquidity, slippage: number): number {
  if (!(slippage > 0)) return 0
  if (liquidity.depthUsd > 0) return slippage >= 1 ? Number.POSITIVE_INFINITY : (liquidity.depthUsd * slippage) / (1 - slippage)
  let high = 1
  while (slippageAt(liquidity, high) <= slippage) {
    high *= 2
    if (high > 1e18) return Number.POSITIVE_INFINITY
  }
  let low = 0
  for (let step = 0; step < 80 && high - low > 1e-9 * high; step++) {
    const middle = (low + high) / 2
    if (slippageAt(liquidity, middle) <= slippage) low = middle
    else high = middle
  }
  return low
}
