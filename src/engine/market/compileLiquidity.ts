import type { LiquidityCurve } from '../../model.ts'

/**
 * A liquidity curve ready for the inner loop. `depthUsd` > 0: a constant-product pool with that USD depth per side;
 * otherwise interpolated "slippage at size" points; neither (no curve known): infinitely deep.
 */
export type CompiledLiquidity = { depthUsd: number; sizesUsd: Float64Array; slippages: Float64Array }

export const INFINITE_LIQUIDITY: CompiledLiquidity = { depthUsd: 0, sizesUsd: new Float64Array(0), slippages: new Float64Array(0) }

export function compileLiquidity(curve: LiquidityCurve | undefined): CompiledLiquidity {
  if (!curve) return INFINITE_LIQUIDITY
  if (curve.kind === 'constant-product') {
    const depthUsd = Number(curve.depthUsd)
    if (!(depthUsd > 0)) throw new Error(`constant-product liquidity needs a positive depthUsd, got ${curve.depthUsd}`)
    return { depthUsd, sizesUsd: new Float64Array(0), slippages: new Float64Array(0) }
  }
  const points = curve.points.map((point) => ({ size: Number(point.sizeUsd), slippage: Number(point.slippage) })).sort((a, b) => a.size - b.size)
  if (points.length === 0 || points.some((point) => !(point.size > 0) || !(point.slippage >= 0 && point.slippage < 1)))
    throw new Error(`liquidity points need positive sizes and slippage in [0, 1): ${curve.source}`)
  return { depthUsd: 0, sizesUsd: Float64Array.from(points, (point) => point.size), slippages: Float64Array.from(points, (point) => point.slippage) }
}

/** Above this the curve is no longer a market: a sale loses at most this share of its value. */
const MAX_SLIPPAGE = 0.99

/**
 * Average execution slippage of selling `volumeUsd` (USD at the pre-trade price) from an undisturbed pool.
 * Constant product x·y=k with depth D per side: the seller receives D·V/(D+V), so slippage = V/(D+V) (Uniswap v2
 * getAmountOut without the fee). Points: linear between points through (0, 0), linear in size beyond the last.
 */
export function slippageAt(liquidity: CompiledLiquidity, volumeUsd: number): number {
  if (volumeUsd <= 0) return 0
  if (liquidity.depthUsd > 0) return volumeUsd / (liquidity.depthUsd + volumeUsd)
  const { sizesUsd, slippages } = liquidity
  const count = sizesUsd.length
  if (count === 0) return 0
  let slippage: number
  if (volumeUsd >= sizesUsd[count - 1]) slippage = (slippages[count - 1] * volumeUsd) / sizesUsd[count - 1]
  else {
    let upper = 0
    while (sizesUsd[upper] < volumeUsd) upper++
    const lowerSize = upper === 0 ? 0 : sizesUsd[upper - 1]
    const lowerSlippage = upper === 0 ? 0 : slippages[upper - 1]
    slippage = lowerSlippage + ((slippages[upper] - lowerSlippage) * (volumeUsd - lowerSize)) / (sizesUsd[upper] - lowerSize)
  }
  return Math.min(slippage, MAX_SLIPPAGE)
}

/** USD lost to slippage selling `amountUsd` more after `soldUsd` has already been sold: C(V+S) − C(V), with C(V) = V·slippage(V). */
export function executionCostUsd(liquidity: CompiledLiquidity, soldUsd: number, amountUsd: number): number {
  const after = soldUsd + amountUsd
  return after * slippageAt(liquidity, after) - soldUsd * slippageAt(liquidity, soldUsd)
}

/**
 * The fall of the pool's marginal price after `soldUsd` has been sold: for x·y=k the marginal price moves by
 * (D/(D+V))² = (1 − slippage)², so impact = 1 − (1 − slippage)²; points curves use the same relation.
 */
export function priceImpactAt(liquidity: CompiledLiquidity, soldUsd: number): number {
  const kept = 1 - slippageAt(liquidity, soldUsd)
  return 1 - kept * kept
}
