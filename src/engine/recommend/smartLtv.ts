import { InputError } from '../../errors.ts'

export type SmartLtvParameters = {
  /** σ: the collateral's volatility over the period the formula is read for (Firebreak: daily). */
  volatility: number
  /** l: USD of the collateral that can be sold at a slippage no larger than the liquidation bonus. */
  liquidityUsd: number
  /** d: the largest debt the collateral can back, USD (Risk DAO: the debt ceiling / supply cap). */
  debtUsd: number
  /** β: the liquidation bonus as the excess (0.05). */
  liquidationBonus: number
  /** c: the confidence level; higher is more conservative. */
  confidence: number
}

/**
 * Risk DAO's SmartLTV closed form: LTV = e^(−c·σ·√(d/l)) − β, floored at 0 (Yaron Velner, "A Smart Contract Formula for
 * LTV ratio", Risk DAO, June 2023; backstop-protocol/smart-ltv src/core/SmartLTV.sol, where d is the supply cap and
 * β the liquidation bonus). No liquidity limit (l = ∞) leaves 1 − β.
 *
 * @example
 * smartLtv({ volatility: 0.1, liquidityUsd: 1e6, debtUsd: 2e5, liquidationBonus: 0.05, confidence: 3 }) // 0.82444657…
 */
export function smartLtv({ volatility, liquidityUsd, debtUsd, liquidationBonus, confidence }: SmartLtvParameters): number {
  if (!(volatility >= 0) || !(liquidityUsd > 0) || !(debtUsd >= 0) || !(liquidationBonus >= 0 && liquidationBonus < 1) || !(confidence >= 0))
    throw new InputError('SmartLTV needs volatility ≥ 0, liquidity > 0, debt ≥ 0, a bonus in [0, 1) and confidence ≥ 0')
  return Math.max(0, Math.exp(-confidence * volatility * Math.sqrt(debtUsd / liquidityUsd)) - liquidationBonus)
}

/**
 * The confidence level an LTV implies under the same formula: c = −ln(LTV + β) · √(l/d) / σ. Zero or less when
 * LTV + β ≥ 1 (no margin at all); Infinity when σ or d is 0 and the LTV leaves a margin.
 */
export function smartLtvConfidence({ ltv, volatility, liquidityUsd, debtUsd, liquidationBonus }: Omit<SmartLtvParameters, 'confidence'> & { ltv: number }): number {
  const margin = -Math.log(ltv + liquidationBonus)
  const scale = volatility * Math.sqrt(debtUsd / liquidityUsd)
  return scale > 0 ? margin / scale : margin > 0 ? Number.POSITIVE_INFINITY : margin
}
