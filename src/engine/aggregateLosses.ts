import type { StressAggregate } from '../model.ts'

export type AggregateLossesParameters = {
  /** Bad debt per scenario, USD. */
  losses: ArrayLike<number>
  /** Weight per scenario; equal when absent. */
  weights?: ArrayLike<number>
  liquidatedUsd: number
  /** Reserves and insurance fund together: bad debt beyond this makes the market insolvent. */
  lossAbsorbingCapitalUsd: number
}

/**
 * Expected bad debt, value at risk and expected shortfall of bad debt at 95 % and 99 % (the Gauntlet /
 * Chaos Labs definitions: a percentile of insolvent debt across scenarios), and the probability of insolvency.
 * VaR_α is the smallest loss L with P(loss ≤ L) ≥ α; ES_α = (Σ_{L>VaR} w·L + (P(L ≤ VaR) − α)·VaR) / (1 − α)
 * (Acerbi & Tasche 2002, the discrete form).
 */
export function aggregateLosses({ losses, weights, liquidatedUsd, lossAbsorbingCapitalUsd }: AggregateLossesParameters): StressAggregate {
  const count = losses.length
  if (count === 0)
    return { scenarios: 0, expectedBadDebtUsd: 0, maxBadDebtUsd: 0, var95Usd: 0, var99Usd: 0, es95Usd: 0, es99Usd: 0, liquidatedUsd, probabilityOfInsolvency: 0 }
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => losses[a] - losses[b] || a - b)
  let totalWeight = 0
  for (let i = 0; i < count; i++) totalWeight += weights ? weights[i] : 1
  const weightOf = (i: number) => (weights ? weights[i] : 1) / totalWeight
  let expected = 0
  let insolvent = 0
  for (let i = 0; i < count; i++) {
    expected += weightOf(i) * losses[i]
    if (losses[i] > lossAbsorbingCapitalUsd) insolvent += weightOf(i)
  }
  const tail = (alpha: number) => {
    let cumulative = 0
    let position = 0
    for (; position < count; position++) {
      cumulative += weightOf(order[position])
      if (cumulative >= alpha - 1e-12) break
    }
    const valueAtRisk = losses[order[Math.min(position, count - 1)]]
    let beyond = 0
    for (let k = position + 1; k < count; k++) beyond += weightOf(order[k]) * losses[order[k]]
    const expectedShortfall = (beyond + (Math.min(cumulative, 1) - alpha) * valueAtRisk) / (1 - alpha)
    return { valueAtRisk, expectedShortfall }
  }
  const at95 = tail(0.95)
  const at99 = tail(0.99)
  return {
    scenarios: count,
    expectedBadDebtUsd: expected,
    maxBadDebtUsd: losses[order[count - 1]],
    var95Usd: at95.valueAtRisk,
    var99Usd: at99.valueAtRisk,
    es95Usd: at95.expectedShortfall,
    es99Usd: at99.expectedShortfall,
    liquidatedUsd,
    probabilityOfInsolvency: insolvent,
  }
}
