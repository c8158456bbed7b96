// The straightforward DebtRank, kept as the reference the engine's is checked and benchmarked against: every node
// recomputed from every other node every round (n² per round), to a fixed cap of rounds — the engine's debtRank as it
// was before it propagated from a frontier and solved the fixed point (src/engine/contagion/debtRank.ts).

export type DenseDebtRankParameters = {
  leverage: number[][]
  shock: number[]
  weights?: number[]
  variant: 'linear' | 'single-hit'
  /** Single-hit: cap edges at min(1, Λ) (Battiston et al. 2012) or not (NetworkRiskMeasures). */
  edgeCap?: 'battiston' | 'none'
  maxRounds?: number
  tolerance?: number
}

export function denseDebtRank({ leverage, shock, weights, variant, edgeCap = 'battiston', maxRounds = 1000, tolerance = 1e-12 }: DenseDebtRankParameters) {
  const n = shock.length
  const total = weights ? weights.reduce((sum, w) => sum + w, 0) : n
  const value = weights ? weights.map((w) => w / total) : new Array<number>(n).fill(1 / n)
  let previous = new Array<number>(n).fill(0)
  let current = shock.slice()
  const reachedFrom = new Array<number>(n).fill(-1)
  const firstRound: number[] = shock.map((h) => (h > 0 ? 0 : -1))
  const state: ('U' | 'D' | 'I')[] = shock.map((h) => (h > 0 ? 'D' : 'U'))
  let rounds = 0
  let converged = false
  while (rounds < maxRounds) {
    rounds++
    const next = current.slice()
    let moved = 0
    for (let i = 0; i < n; i++) {
      let inflow = 0
      let strongest = -1
      let strongestInflow = 0
      for (let j = 0; j < n; j++) {
        if (i === j || leverage[i][j] === 0) continue
        const weight = variant === 'single-hit' && edgeCap === 'battiston' ? Math.min(1, leverage[i][j]) : leverage[i][j]
        const contribution = variant === 'linear' ? weight * (current[j] - previous[j]) : state[j] === 'D' ? weight * current[j] : 0
        inflow += contribution
        if (contribution > strongestInflow) {
          strongestInflow = contribution
          strongest = j
        }
      }
      next[i] = Math.min(1, current[i] + inflow)
      if (next[i] > 0 && firstRound[i] === -1) {
        firstRound[i] = rounds
        reachedFrom[i] = strongest
      }
      moved = Math.max(moved, next[i] - current[i])
    }
    if (variant === 'single-hit') for (let i = 0; i < n; i++) state[i] = state[i] === 'D' ? 'I' : state[i] === 'U' && next[i] > 0 ? 'D' : state[i]
    previous = current
    current = next
    if (variant === 'single-hit' ? !state.includes('D') : moved <= tolerance) {
      converged = true
      break
    }
  }
  const totalLoss = current.reduce((sum, h, i) => sum + value[i] * h, 0)
  const shockLoss = shock.reduce((sum, h, i) => sum + value[i] * h, 0)
  return { distress: current, debtRank: totalLoss - shockLoss, totalLoss, rounds, converged, reachedFrom, firstRound }
}
