import { InputError } from '../../errors.ts'
import { compileDebtRankNetwork, type DebtRankNetwork } from './compileDebtRankNetwork.ts'

export type DebtRankVariant = 'linear' | 'single-hit'

/**
 * How single-hit DebtRank weighs an edge. 'battiston': W_ij = min(1, Λ_ij) (Battiston et al. 2012, eq. 1), so a
 * neighbour's default costs a node at most its whole capital in one hit; 'none': W_ij = Λ_ij, as NetworkRiskMeasures
 * does (its impact matrix is exposures ÷ buffer, uncapped). Linear DebtRank always uses Λ.
 */
export type DebtRankEdgeCap = 'battiston' | 'none'

export type DebtRankOptions = {
  /** 'linear' = Bardoscia et al. 2015 (losses keep propagating); 'single-hit' = Battiston et al. 2012. */
  variant: DebtRankVariant
  /** Single-hit only; default 'battiston'. */
  edgeCap?: DebtRankEdgeCap
  /**
   * The stated tolerance: iteration stops when no node's distress moved by more than this in a round, and the
   * result counts as converged when its fixed-point residual (below) is within it. Default 1e-12.
   */
  tolerance?: number
  /** Upper bound on propagation rounds; a run that reaches it reports `converged: false`. Default 10,000. */
  maxRounds?: number
  /** Linear: solve the rest of the propagation in closed form when it can be (default); false iterates only. */
  solve?: boolean
}

export type DebtRankParameters = DebtRankOptions &
  ({ network: DebtRankNetwork } | { leverage: number[][] }) & {
    /** h(1): the exogenous relative loss of each node, in [0, 1]. */
    shock: ArrayLike<number>
    /** Relative economic value v_i of each node (Battiston et al. 2012); equal when absent. Normalised here. */
    weights?: ArrayLike<number>
  }

export type DebtRankReturnType = {
  /** h(T): final relative loss of each node. */
  distress: number[]
  /**
   * Linear: h(1) + Λ h(T) before the cap at 1 (single-hit: the distress itself): the stress NetworkRiskMeasures keeps as `st` and multiplies by the buffers for
   * its "additional losses" (so a node can lose more than its capital there); Firebreak reports capped losses only.
   */
  uncappedDistress: number[]
  /** R = Σ_j v_j h_j(T) − Σ_j v_j h_j(1): the system's loss caused by propagation (Battiston et al. 2012, eq. 3). */
  debtRank: number
  /** Σ_j v_j h_j(T): the whole loss including the shock itself. */
  totalLoss: number
  /** Propagation rounds run (before the fixed point was solved, when it was). */
  rounds: number
  /**
   * Linear: max_i |min(1, h(1) + Λh)_i − h_i| at the returned h — how far it is from DebtRank's fixed point, one
   * round's worth of change. Single-hit: the last round's largest move, 0 once no distressed node is left.
   */
  residual: number
  converged: boolean
  /** Linear: the remaining propagation was solved in closed form (see `debtRank`) instead of iterated. */
  solved: boolean
  /** For each node, the node whose loss first reached it (−1 for shocked or untouched nodes): the path of spread. */
  reachedFrom: number[]
  /** Round in which each node first took a loss (0 = shocked, −1 = never). */
  firstRound: number[]
}

/**
 * DebtRank: how far a loss spreads through a network of exposures.
 *
 * Linear DebtRank (Bardoscia et al. 2015, eq. 10): h_i(t+1) = min{1, h_i(t) + Σ_j Λ_ij [h_j(t) − h_j(t−1)]}, h(0) = 0.
 * Summed over rounds this is h(t+1) = min{1, h(1) + Λ h(t)}, a monotone map iterated from 0, so DebtRank is its least
 * fixed point h* = min{1, h(1) + Λ h*}. Each round propagates only from the nodes whose distress moved (the frontier)
 * to their holders. Once a round reaches no new node the rest is solved exactly when (I − Λ)⁻¹ ≥ 0 exists (spectral
 * radius below 1, networks up to 512 nodes): with S the saturated nodes, h_U = (I − Λ_UU)⁻¹ (h(1)_U + Λ_US 1), by
 * Woodbury from the one inverse, (M_UU)⁻¹ = B_UU − B_US B_SS⁻¹ B_SU; a node that comes out at 1 or more joins S and
 * the solve repeats (each solution lies below h*, so S only grows). Near a spectral radius of 1 this replaces
 * thousands of rounds, each n², by one solve; the residual check below confirms the result.
 *
 * Single-hit DebtRank (Battiston et al. 2012, eqs. 1–3): a distressed node propagates its distress once, along
 * W_ij = min(1, Λ_ij) by default (`edgeCap`), then goes inactive; it ends when no distressed node is left (≤ n rounds).
 *
 * Against NetworkRiskMeasures (Cinelli & Silva; `contagion(..., method = "debtrank")`, R/contagion_engine.R), on its
 * own 125-bank `sim_data` example (fixtures/systemic/networkriskmeasures-sim-data.json, test in debtRank.test.ts):
 * - early stopping: it stops when the Euclidean norm of one round's change in (uncapped) stress is below
 *   .Machine$double.eps^0.2 ≈ 7.4e-4, or after min(1000, 10n) rounds, without a flag; here a run goes to the stated
 *   tolerance and says whether it got there. On sim_data the two DebtRanks differ by at most 2.1e-5 (bank b72).
 * - uncapped-stress loss: its "additional losses" multiply the uncapped stress st = h(1) + Λ h by the buffers, so a
 *   bank loses more than its capital (b55: 235.8 there, 90.9 capped); `uncappedDistress` is that st, the losses
 *   Firebreak reports are capped at 1.
 * - single-hit: it does not cap edges at 1 (`edgeCap: 'none'` reproduces it); Battiston's cap is the default here.
 * The verdict's contagion check reads the linear variant's loss; single-hit (capped) is reported beside it.
 *
 * @example
 * debtRank({ leverage: [[0, 0.5], [0, 0]], shock: [0, 1], variant: 'linear' }).distress // [0.5, 1]
 */
export function debtRank(parameters: DebtRankParameters): DebtRankReturnType {
  const network = 'network' in parameters ? parameters.network : compileDebtRankNetwork({ leverage: parameters.leverage })
  const n = network.size
  const { shock, weights } = parameters
  if (shock.length !== n) throw new InputError(`leverage must be ${shock.length}×${shock.length}`)
  const workspace = createDebtRankWorkspace(network)
  const run = propagateDebtRank(network, readShock(shock), parameters, workspace)
  const value = normalisedWeights(n, weights)
  let totalLoss = 0
  let shockLoss = 0
  for (let i = 0; i < n; i++) {
    totalLoss += value[i] * workspace.distress[i]
    shockLoss += value[i] * shock[i]
  }
  return {
    distress: Array.from(workspace.distress),
    uncappedDistress: Array.from(workspace.uncapped),
    debtRank: totalLoss - shockLoss,
    totalLoss,
    rounds: run.rounds,
    residual: run.residual,
    converged: run.converged,
    solved: run.solved,
    reachedFrom: Array.from(workspace.reachedFrom),
    firstRound: Array.from(workspace.firstRound),
  }
}

export type DebtRankByNodeParameters = DebtRankOptions & {
  network: DebtRankNetwork
  weights?: ArrayLike<number>
  /** The relative loss of the failing node; 1 = default. */
  shock?: number
}

export type DebtRankByNodeReturnType = {
  /** R when node k alone takes the shock, for every k. */
  debtRank: Float64Array
  /** Σ v h(T) for the same scenarios. */
  totalLoss: Float64Array
  converged: boolean
  /** The largest residual over the scenarios. */
  residual: number
  /** Propagation rounds over all scenarios. */
  rounds: number
}

/**
 * DebtRank of every node's failure, one scenario per node (NetworkRiskMeasures' `shock = "all"`), on one compiled
 * network and one set of work arrays.
 *
 * @example
 * debtRankByNode({ network: compileDebtRankNetwork({ leverage }), variant: 'linear' }).debtRank[2]
 */
export function debtRankByNode({ network, weights, shock = 1, ...options }: DebtRankByNodeParameters): DebtRankByNodeReturnType {
  if (!(shock >= 0 && shock <= 1)) throw new InputError('shock must lie in [0, 1]')
  const n = network.size
  const value = normalisedWeights(n, weights)
  const workspace = createDebtRankWorkspace(network)
  const initial = new Float64Array(n)
  const result: DebtRankByNodeReturnType = { debtRank: new Float64Array(n), totalLoss: new Float64Array(n), converged: true, residual: 0, rounds: 0 }
  for (let k = 0; k < n; k++) {
    initial[k] = shock
    const run = propagateDebtRank(network, initial, options, workspace)
    initial[k] = 0
    let total = 0
    for (let i = 0; i < n; i++) total += value[i] * workspace.distress[i]
    result.totalLoss[k] = total
    result.debtRank[k] = total - value[k] * shock
    result.converged &&= run.converged
    result.residual = Math.max(result.residual, run.residual)
    result.rounds += run.rounds
  }
  return result
}

type DebtRankWorkspace = {
  distress: Float64Array
  uncapped: Float64Array
  delta: Float64Array
  inflow: Float64Array
  strongest: Float64Array
  strongestFrom: Int32Array
  touchedMark: Uint8Array
  touched: Int32Array
  frontier: Int32Array
  nextFrontier: Int32Array
  firstRound: Int32Array
  reachedFrom: Int32Array
  /** Single-hit states (Battiston et al. 2012): 0 undistressed, 1 distressed (propagates once), 2 inactive. */
  state: Uint8Array
  saturated: Int32Array
  inSaturated: Uint8Array
  solveRhs: Float64Array
  solveY: Float64Array
}

function createDebtRankWorkspace({ size: n }: DebtRankNetwork): DebtRankWorkspace {
  return {
    distress: new Float64Array(n),
    uncapped: new Float64Array(n),
    delta: new Float64Array(n),
    inflow: new Float64Array(n),
    strongest: new Float64Array(n),
    strongestFrom: new Int32Array(n),
    touchedMark: new Uint8Array(n),
    touched: new Int32Array(n),
    frontier: new Int32Array(n),
    nextFrontier: new Int32Array(n),
    firstRound: new Int32Array(n),
    reachedFrom: new Int32Array(n),
    state: new Uint8Array(n),
    saturated: new Int32Array(n),
    inSaturated: new Uint8Array(n),
    solveRhs: new Float64Array(n),
    solveY: new Float64Array(n),
  }
}

function readShock(shock: ArrayLike<number>): Float64Array {
  const values = Float64Array.from(shock)
  for (const h of values) if (!(h >= 0 && h <= 1)) throw new InputError('shock must lie in [0, 1]')
  return values
}

function normalisedWeights(n: number, weights: ArrayLike<number> | undefined): Float64Array {
  const value = new Float64Array(n)
  if (!weights) return value.fill(n > 0 ? 1 / n : 0)
  if (weights.length !== n) throw new InputError(`weights must have ${n} entries`)
  let total = 0
  for (let i = 0; i < n; i++) total += weights[i]
  for (let i = 0; i < n; i++) value[i] = total > 0 ? weights[i] / total : 0
  return value
}

type PropagationRun = { rounds: number; residual: number; converged: boolean; solved: boolean }

/** One DebtRank run into `workspace` (distress, uncapped, firstRound, reachedFrom). */
function propagateDebtRank(network: DebtRankNetwork, shock: Float64Array, options: DebtRankOptions, workspace: DebtRankWorkspace): PropagationRun {
  const { size: n, columnStart, holders, weights } = network
  const { variant, edgeCap = 'battiston', tolerance = 1e-12, maxRounds = 10_000, solve = true } = options
  const linear = variant === 'linear'
  const capEdges = !linear && edgeCap === 'battiston'
  const { distress, delta, inflow, strongest, strongestFrom, touchedMark, touched, firstRound, reachedFrom, state } = workspace
  let { frontier, nextFrontier } = workspace

  let frontierSize = 0
  for (let i = 0; i < n; i++) {
    distress[i] = shock[i]
    delta[i] = shock[i]
    reachedFrom[i] = -1
    firstRound[i] = shock[i] > 0 ? 0 : -1
    state[i] = shock[i] > 0 ? 1 : 0
    if (shock[i] > 0) frontier[frontierSize++] = i
  }

  let rounds = 0
  let lastChange = 0
  let solved = false
  while (frontierSize > 0 && rounds < maxRounds) {
    rounds++
    let touchedSize = 0
    for (let f = 0; f < frontierSize; f++) {
      const j = frontier[f]
      // linear: the change in j's distress last round; single-hit: j's whole distress, once
      const source = linear ? delta[j] : distress[j]
      for (let k = columnStart[j], end = columnStart[j + 1]; k < end; k++) {
        const i = holders[k]
        const weight = capEdges && weights[k] > 1 ? 1 : weights[k]
        const contribution = weight * source
        if (touchedMark[i] === 0) {
          touchedMark[i] = 1
          touched[touchedSize++] = i
          inflow[i] = 0
          strongest[i] = 0
        }
        inflow[i] += contribution
        if (firstRound[i] === -1 && contribution > strongest[i]) {
          strongest[i] = contribution
          strongestFrom[i] = j
        }
      }
      delta[j] = 0
      // s_i(t) = I if s_i(t−1) = D (Battiston et al. 2012, eq. 2)
      if (!linear) state[j] = 2
    }
    let nextSize = 0
    let maxChange = 0
    let reachedNew = false
    for (let t = 0; t < touchedSize; t++) {
      const i = touched[t]
      touchedMark[i] = 0
      const raised = Math.min(1, distress[i] + inflow[i])
      const change = raised - distress[i]
      if (!(change > 0)) continue
      distress[i] = raised
      if (change > maxChange) maxChange = change
      if (firstRound[i] === -1) {
        firstRound[i] = rounds
        reachedFrom[i] = strongestFrom[i]
        reachedNew = true
      }
      if (linear) {
        delta[i] = change
        nextFrontier[nextSize++] = i
      } else if (state[i] === 0) {
        // s_i(t) = D if h_i(t) > 0 and s_i(t−1) = U
        state[i] = 1
        nextFrontier[nextSize++] = i
      }
    }
    ;[frontier, nextFrontier] = [nextFrontier, frontier]
    frontierSize = nextSize
    lastChange = maxChange
    if (!linear) continue
    if (maxChange <= tolerance) break
    // No new node reached: the reached set is final (the next frontier holds only reached nodes), so the rest of
    // the propagation can be solved.
    if (solve && !reachedNew && solveFixedPoint(network, shock, workspace)) {
      solved = true
      break
    }
  }
  for (let f = 0; f < frontierSize; f++) delta[frontier[f]] = 0

  if (!linear) {
    workspace.uncapped.set(distress)
    const converged = frontierSize === 0
    return { rounds, residual: converged ? 0 : lastChange, converged, solved: false }
  }
  const residual = uncappedStress(network, shock, workspace)
  return { rounds, residual, converged: residual <= tolerance, solved }
}

/** uncapped = h(1) + Λ h; returns max_i |min(1, uncapped_i) − h_i|, the fixed-point residual. */
function uncappedStress({ size: n, columnStart, holders, weights }: DebtRankNetwork, shock: Float64Array, { distress, uncapped }: DebtRankWorkspace): number {
  uncapped.set(shock)
  for (let j = 0; j < n; j++) {
    const h = distress[j]
    if (h === 0) continue
    for (let k = columnStart[j], end = columnStart[j + 1]; k < end; k++) uncapped[holders[k]] += weights[k] * h
  }
  let residual = 0
  for (let i = 0; i < n; i++) residual = Math.max(residual, Math.abs(Math.min(1, uncapped[i]) - distress[i]))
  return residual
}

/**
 * The least fixed point of h = min{1, h(1) + Λh} given that the nodes at 1 now stay there: solve for the rest with
 * (I − Λ)⁻¹ and Woodbury, move any that reach 1 into the saturated set, repeat. False (and nothing written) when
 * (I − Λ)⁻¹ is not available or a solution falls below the current distress (rounding); the caller iterates on.
 */
function solveFixedPoint(network: DebtRankNetwork, shock: Float64Array, workspace: DebtRankWorkspace): boolean {
  const inverse = network.inverse()
  if (!inverse) return false
  const { size: n, columnStart, holders, weights } = network
  const { distress, saturated, inSaturated, solveRhs: rhs, solveY: y } = workspace
  let saturatedSize = 0
  for (let i = 0; i < n; i++) {
    inSaturated[i] = distress[i] >= 1 ? 1 : 0
    if (inSaturated[i]) saturated[saturatedSize++] = i
  }
  try {
    for (let pass = 0; pass <= n; pass++) {
      // r_U = h(1)_U + Λ_US 1 (zero on S), y = B r
      for (let i = 0; i < n; i++) rhs[i] = inSaturated[i] ? 0 : shock[i]
      for (let s = 0; s < saturatedSize; s++) {
        const j = saturated[s]
        for (let k = columnStart[j], end = columnStart[j + 1]; k < end; k++) if (!inSaturated[holders[k]]) rhs[holders[k]] += weights[k]
      }
      for (let i = 0; i < n; i++) {
        let sum = 0
        const row = i * n
        for (let k = 0; k < n; k++) sum += inverse[row + k] * rhs[k]
        y[i] = sum
      }
      // x_U = y_U − B_US (B_SS)⁻¹ y_S
      const correction = saturatedSize > 0 ? solveSaturatedBlock(inverse, n, saturated, saturatedSize, y) : null
      if (saturatedSize > 0 && !correction) return false
      let grew = false
      for (let i = 0; i < n; i++) {
        if (inSaturated[i]) continue
        let x = y[i]
        if (correction) for (let s = 0; s < saturatedSize; s++) x -= inverse[i * n + saturated[s]] * correction[s]
        if (!(x >= distress[i] - 1e-9)) return false
        if (x >= 1) {
          inSaturated[i] = 1
          saturated[saturatedSize++] = i
          grew = true
        }
        y[i] = x
      }
      if (grew) continue
      for (let i = 0; i < n; i++) distress[i] = inSaturated[i] ? 1 : Math.max(distress[i], y[i])
      return true
    }
    return false
  } finally {
    inSaturated.fill(0)
  }
}

/** z = (B_SS)⁻¹ y_S by Gaussian elimination with partial pivoting; null when B_SS is singular. */
function solveSaturatedBlock(inverse: Float64Array, n: number, saturated: Int32Array, size: number, y: Float64Array): Float64Array | null {
  const a = new Float64Array(size * (size + 1))
  const width = size + 1
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) a[r * width + c] = inverse[saturated[r] * n + saturated[c]]
    a[r * width + size] = y[saturated[r]]
  }
  for (let col = 0; col < size; col++) {
    let pivot = col
    for (let r = col + 1; r < size; r++) if (Math.abs(a[r * width + col]) > Math.abs(a[pivot * width + col])) pivot = r
    if (Math.abs(a[pivot * width + col]) < 1e-14) return null
    if (pivot !== col)
      for (let c = col; c < width; c++) {
        const swap = a[col * width + c]
        a[col * width + c] = a[pivot * width + c]
        a[pivot * width + c] = swap
      }
    for (let r = col + 1; r < size; r++) {
      const factor = a[r * width + col] / a[col * width + col]
      if (factor === 0) continue
      for (let c = col; c < width; c++) a[r * width + c] -= factor * a[col * width + c]
    }
  }
  const z = new Float64Array(size)
  for (let r = size - 1; r >= 0; r--) {
    let sum = a[r * width + size]
    for (let c = r + 1; c < size; c++) sum -= a[r * width + c] * z[c]
    z[r] = sum / a[r * width + r]
  }
  return z
}
