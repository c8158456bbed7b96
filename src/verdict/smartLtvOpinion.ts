import Decimal from 'decimal.js'
import { compileLiquidity } from '../engine/market/compileLiquidity.ts'
import { sizeAtSlippage } from '../engine/market/sizeAtSlippage.ts'
import { smartLtv, smartLtvConfidence } from '../engine/recommend/smartLtv.ts'
import { dailyVolatility } from '../engine/scenarios/dailyVolatility.ts'
import type { MarketState, Recommendation, SecondOpinion } from '../model.ts'
import { formatPercent, formatUsd } from './format.ts'

/**
 * The confidence level c the second opinion reads SmartLTV at unless told otherwise: the value SmartLTV's own worked
 * test uses (backstop-protocol/smart-ltv, testLTVCalculationExact). A DAO states its own.
 */
export const smartLtvDefaultConfidence = 3

export type SmartLtvOpinionParameters = { recommendation: Recommendation; state: MarketState; confidence?: number }

/**
 * Risk DAO's SmartLTV beside the simulation's largest safe value, for a collateral factor or liquidation threshold
 * recommendation whose asset has a liquidity curve and a volatility of its own: σ its daily volatility (2021–2023
 * closes), l what its curve sells within the liquidation bonus, d its supply cap in USD (its supply when uncapped),
 * β the bonus. SmartLTV is a loan-to-value at liquidation (Morpho Blue's LLTV, where it is deployed), so it reads
 * against the liquidation threshold; the confidence the proposal implies is given for a threshold change.
 * Undefined where an input is unknown: the cross-check is not made up.
 */
export function smartLtvOpinion({ recommendation, state, confidence = smartLtvDefaultConfidence }: SmartLtvOpinionParameters): SecondOpinion | undefined {
  if (recommendation.param !== 'collateralFactor' && recommendation.param !== 'liquidationThreshold') return undefined
  const asset = state.assets.find((candidate) => candidate.symbol === recommendation.asset)
  const curve = asset ? state.liquidity[asset.symbol] : undefined
  const history = asset ? dailyVolatility(asset) : undefined
  if (!asset || !curve || !history) return undefined
  const bonus = Number(asset.liquidationBonus)
  const liquidityUsd = sizeAtSlippage(compileLiquidity(curve), bonus)
  const capped = new Decimal(asset.supplyCap).gt(0)
  const debtUsd = new Decimal(capped ? asset.supplyCap : asset.totalSupply).times(asset.price).toNumber()
  const inputs = { volatility: history.volatility, liquidityUsd, debtUsd, liquidationBonus: bonus }
  const value = new Decimal(smartLtv({ ...inputs, confidence })).toDecimalPlaces(4)
  const implied =
    recommendation.param === 'liquidationThreshold' ? new Decimal(smartLtvConfidence({ ...inputs, ltv: Number(recommendation.proposed) })).toDecimalPlaces(2) : undefined
  const liquidity = Number.isFinite(liquidityUsd) ? `${formatUsd(liquidityUsd)} of ${asset.symbol} sells within the ${formatPercent(bonus)} bonus` : `${asset.symbol}'s liquidity curve has no limit at the ${formatPercent(bonus)} bonus`
  return {
    method: 'SmartLTV (Risk DAO): LTV = e^(−c·σ·√(d/l)) − β',
    value: value.toString(),
    ...(implied ? { impliedConfidence: implied.toString() } : {}),
    why:
      `Second opinion, Risk DAO's SmartLTV: a liquidation LTV of at most ${formatPercent(value.toString())} for ${asset.symbol} at confidence c = ${confidence} ` +
      `(σ ${formatPercent(history.volatility)} a day over ${history.days} days of ${history.series}; ${liquidity}; d = ${formatUsd(debtUsd)}, ${capped ? 'the supply cap' : 'its supply (no cap)'}), ` +
      `to compare with the liquidation threshold` +
      (implied ? `; the proposed ${formatPercent(recommendation.proposed)} implies c = ${implied.toString()}.` : '.'),
  }
}
