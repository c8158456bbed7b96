import type { LiquidityCurve } from '../../model.ts'

/**
 * A liquidity curve ready for the inner loop. `depthUsd` > 0: a constant-product pool with that USD depth per side;
 * `impactScaleUsd` > 0: Cont–Schaanning impact with bound `impactBound` (1 − B/S) and scale δ; otherwise
 * interpolated "slippage at size" points; none of these (no curve known): infinitely deep.
 */
export type CompiledLiquidity = { depthUsd: number; impactBound: number; impactScaleUsd: number; sizesUsd: Float64Array; slippages: Float64Array }

export const INFINITE_LIQUIDITY: CompiledLiquidity = { depthUsd: 0, impactBound: 0, impactScaleUsd: 0, sizesUsd: new Float64Array(0), slippages: new Float64Array(0) }

export function compileLiquidity(curve: LiquidityCurve | undefined): CompiledLiquidity {
  if (!curve) return INFINITE_LIQUIDITY
  if (curve.kind === 'constant-product') {
    const depthUsd = Number(curve.depthUsd)
    if (!(depthUsd > 0)) throw new Error(`constant-product liquidity needs a positive depthUsd, got ${curve.depthUsd}`)
    return { ...INFINITE_LIQUIDITY, depthUsd }
  }
  if (curve.kind === 'cont-schaanning') {
    const [volume, volatility, horizon, constant, floor] = [curve.averageDailyVolumeUsd, curve.dailyVolatility, curve.horizonDays, curve.depthConstant, curve.floorPriceRatio].map(Number)
    if (![volume, volatility, horizon, constant].every((value) => value > 0 && Number.isFinite(value)) || !(floor >= 0 && floor < 1))
      throw new Error(`Cont–Schaanning liquidity needs positive ADV, volatility, horizon and depth constant and a floor ratio in [0, 1): ${curve.source}`)
    // D = c · ADV/σ · √τ and δ = (1 − B/S)·D (Cont & Schaanning 2017, market depth and impact function)
    const impactBound = 1 - floor
    return { ...INFINITE_LIQUIDITY, impactBound, impactScaleUsd: impactBound * ((constant * volume) / volatility) * Math.sqrt(horizon) }
  }
  const points = curve.points.map((point) => ({ size: Number(point.sizeUsd), slippage: Number(point.slippage) })).sort((a, b) => a.size - b.size)
  if (points.length === 0 || points.some((point) => !(point.size > 0) || !(point.slippage >= 0 && point.slippage < 1)))
    throw new Error(`liquidity points need positive sizes and slippage in [0, 1): ${curve.source}`)
  return { ...INFINITE_LIQUIDITY, sizesUsd: Float64Array.from(points, (point) => point.size), slippages: Float64Array.from(points, (point) => point.slippage) }
}

/** Above this the curve is no longer a market: a sale loses at most this share of its value. */
const MAX_SLIPPAGE = 0.99

/**
 * Average execution slippage of selling `volumeUsd` (USD at the pre-trade price) from an undisturbed pool.
 * Constant product x·y=k with depth D per side: the seller receives D·V/(D+V), so slippage = V/(D+V) (Uniswap v2
 * getAmountOut without the fee). Cont–Schaanning: the sale walks down the impact curve, receiving ∫₀ⱽ (1 − Ψ(q)) dq,
 * so slippage = a(1 − (δ/V)(1 − e^(−V/δ))) — the same convention as constant product, whose marginal price after
 * selling v, (D/(D+v))², integrates to D·V/(D+V). Points: linear between points through (0, 0), linear in size beyond
 * the last.
 */
export function slippageAt(liquidity: CompiledLiquidity, volumeUsd: number): number {
  if (volumeUsd <= 0) return 0
  if (liquidity.depthUsd > 0) return volumeUsd / (liquidity.depthUsd + volumeUsd)
  if (liquidity.impactScaleUsd > 0) {
    const x = volumeUsd / liquidity.impactScaleUsd
    // 1 − (1 − e^(−x))/x, by its series where the difference would cancel
    return liquidity.impactBound * (x < 1e-4 ? x / 2 - (x * x) / 6 + (x * x * x) / 24 : 1 + Math.expm1(-x) / x)
  }
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
 * (D/(D+V))² = (1 − slippage)², so impact = 1 − (1 − slippage)²; points curves use the same relation;
 * Cont–Schaanning's is its impact function itself, Ψ(V) = a(1 − e^(−V/δ)).
 */
export function priceImpactAt(liquidity: CompiledLiquidity, soldUsd: number): number {
  if (liquidity.impactScaleUsd > 0) return soldUsd > 0 ? -liquidity.impactBound * Math.expm1(-soldUsd / liquidity.impactScaleUsd) : 0
  const kept = 1 - slippageAt(liquidity, soldUsd)
  return 1 - kept * kept
}
