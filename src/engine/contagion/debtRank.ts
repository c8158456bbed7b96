import { InputError } from '../../errors.ts'
export type DebtRankVariant = 'linear' | 'single-hit'

export type DebtRankParameters = {
  /**
   * Interbank leverage Λ: `leverage[i][j]` is the relative loss of node i's capital when node j loses all of its
   * own (exposure of i to j ÷ capital of i; Bardoscia et al. 2015, eq. 4: Λ_ij = A_ij / E_i).
   */
  leverage: number[][]
  /** h(1): the exogenous relative loss of each node, in [0, 1]. */
  shock: number[]
  /** Relative economic value v_i of each node (Battiston et al. 2012); equal when absent. Normalised here. */
  weights?: number[]
  /** 'linear' = Bardoscia et al. 2015 (losses keep propagating); 'single-hit' = Battiston et al. 2012. */
  variant: DebtRankVariant
  /** Upper bound on propagation rounds. */
  maxRounds?: number
  /** Stop when no node's distress moves by more than this. */
  tolerance?: number
}

export type DebtRankReturnType = {
  /** h(T): final relative loss of each node. */
  distress: number[]
  /** R = Σ_j v_j h_j(T) − Σ_j v_j h_j(1): the system's loss caused by propagation (Battiston et al. 2012, eq. 3). */
  debtRank: number
  /** Σ_j v_j h_j(T): the whole loss including the shock itself. */
  totalLoss: number
  rounds: number
  /** For each node, the node whose loss first reached it (−1 for shocked or untouched nodes): the path of spread. */
  reachedFrom: number[]
  /** Round in which each node first took a loss (0 = shocked, −1 = never). */
  firstRound: number[]
}

/**
 * DebtRank: how far a loss spreads through a network of exposures.
 *
 * @example
 * debtRank({ leverage: [[0, 0.5], [0, 0]], shock: [0, 1], variant: 'linear' }).distress // [0.5, 1]
 */
export function debtRank({ leverage, shock, weights, variant, maxRounds = 1000, tolerance = 1e-12 }: DebtRankParameters): DebtRankReturnType {
  const n = shock.length
  if (leverage.length !== n || leverage.some((row) => row.length !== n)) throw new InputError(`leverage must be ${n}×${n}`)
  if (shock.some((h) => !(h >= 0 && h <= 1))) throw new InputError('shock must lie in [0, 1]')
  const total = weights ? weights.reduce((sum, w) => sum + w, 0) : n
  const value = weights ? weights.map((w) => (total > 0 ? w / total : 0)) : new Array<number>(n).fill(1 / n)

  let previous = new Array<number>(n).fill(0)
  let current = shock.slice()
  const reachedFrom = new Array<number>(n).fill(-1)
  const firstRound: number[] = shock.map((h) => (h > 0 ? 0 : -1))
  // Single-hit states (Battiston et al. 2012): U undistressed, D distressed (propagates once), I inactive.
  const state: ('U' | 'D' | 'I')[] = shock.map((h) => (h > 0 ? 'D' : 'U'))
  let rounds = 0
  for (; rounds < maxRounds; rounds++) {
    const next = current.slice()
    let moved = 0
    for (let i = 0; i < n; i++) {
      let inflow = 0
      let strongest = -1
      let strongestInflow = 0
      for (let j = 0; j < n; j++) {
        if (i === j || leverage[i][j] === 0) continue
        // linear: h_i(t+1) = min{1, h_i(t) + Σ_j Λ_ij [h_j(t) − h_j(t−1)]} (Bardoscia et al. 2015, eq. 10)
        // single-hit: h_i(t) = min{1, h_i(t−1) + Σ_{j∈D} W_ji h_j(t−1)}, W_ji = min(1, Λ_ij) (Battiston et al. 2012, eq. 1)
        const contribution =
          variant === 'linear' ? leverage[i][j] * (current[j] - previous[j]) : state[j] === 'D' ? Math.min(1, leverage[i][j]) * current[j] : 0
        inflow += contribution
        if (contribution > strongestInflow) {
          strongestInflow = contribution
          strongest = j
        }
      }
      next[i] = Math.min(1, current[i] + inflow)
      if (next[i] > 0 && firstRound[i] === -1) {
        firstRound[i] = rounds + 1
        reachedFrom[i] = strongest
      }
      moved = Math.max(moved, Math.abs(next[i] - current[i]))
    }
    if (variant === 'single-hit') {
      // s_i(t) = I if s_i(t−1) = D; D if h_i(t) > 0 and s_i(t−1) = U (Battiston et al. 2012, eq. 2)
      for (let i = 0; i < n; i++) state[i] = state[i] === 'D' ? 'I' : state[i] === 'U' && next[i] > 0 ? 'D' : state[i]
    }
    previous = current
    current = next
    const propagating = variant === 'single-hit' ? state.includes('D') : moved > tolerance
    if (!propagating) {
      rounds++
      break
    }
  }
  const totalLoss = current.reduce((sum, h, i) => sum + value[i] * h, 0)
  const shockLoss = shock.reduce((sum, h, i) => sum + value[i] * h, 0)
  return { distress: current, debtRank: totalLoss - shockLoss, totalLoss, rounds, reachedFrom, firstRound }
}
