import type { BadDebtHistogram } from '../../model.ts'

export type BadDebtHistogramParameters = {
  /** Bad debt per scenario (USD), before and after, in the scenario set's order. */
  before: ArrayLike<number>
  after: ArrayLike<number>
  /** Weight per scenario, as the aggregates use them; equal when absent. */
  weights?: ArrayLike<number>
}

/** Bad debt below this is none to speak of (rounding dust of a liquidation). */
const NONE_BELOW_USD = 1
/** The axis reaches at least this far, so a market with little bad debt still reads on a familiar scale. */
const MIN_TOP_EDGE_USD = 1e6

/**
 * The whole bad-debt distribution before and after, as counts of scenarios in shared bins: $1–$1k, then steps of
 * 1–3–10 ($1k, $3k, $10k, …) up to the largest loss. Bad debt spans six orders of magnitude across scenarios, so the
 * bins are logarithmic; the scenarios with no bad debt are counted apart (usually nearly all of them).
 */
export function badDebtHistogram({ before, after, weights }: BadDebtHistogramParameters): BadDebtHistogram {
  const scenarios = before.length
  let largest = 0
  for (let i = 0; i < scenarios; i++) largest = Math.max(largest, before[i], after[i])
  const edgesUsd = [NONE_BELOW_USD, 1e3]
  while (edgesUsd[edgesUsd.length - 1] <= largest || edgesUsd[edgesUsd.length - 1] < MIN_TOP_EDGE_USD) {
    const last = edgesUsd[edgesUsd.length - 1]
    edgesUsd.push(String(last).startsWith('1') ? last * 3 : (last / 3) * 10)
  }
  let totalWeight = 0
  for (let i = 0; i < scenarios; i++) totalWeight += weights ? weights[i] : 1
  const count = (losses: ArrayLike<number>) => {
    const bins = new Array<number>(edgesUsd.length - 1).fill(0)
    let none = 0
    for (let i = 0; i < scenarios; i++) {
      const weight = ((weights ? weights[i] : 1) * scenarios) / totalWeight
      const loss = losses[i]
      if (loss < NONE_BELOW_USD) {
        none += weight
        continue
      }
      let bin = 0
      while (bin < bins.length - 1 && loss >= edgesUsd[bin + 1]) bin++
      bins[bin] += weight
    }
    return { bins: bins.map(tidy), none: tidy(none) }
  }
  const counted = { before: count(before), after: count(after) }
  return {
    scenarios,
    none: { before: counted.before.none, after: counted.after.none },
    edgesUsd,
    before: counted.before.bins,
    after: counted.after.bins,
  }
}

/** Weighted counts to 6 decimals: whole numbers stay whole, and the JSON stays short. */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
