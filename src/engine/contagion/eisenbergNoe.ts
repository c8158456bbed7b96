import { InputError } from '../../errors.ts'
export type EisenbergNoeParameters = {
  /** Nominal liabilities: `liabilities[i][j]` is what node i owes node j inside the network. */
  liabilities: number[][]
  /** e_i: each node's assets outside the network. */
  externalAssets: number[]
  /** What each node owes outside the network (adds to p̄_i, takes a share of its payments); 0 when absent. */
  externalLiabilities?: number[]
  /** Rogers & Veraart (2013) default costs: a defaulting node realises α of its external and β of its network assets. */
  alpha?: number
  beta?: number
}

export type EisenbergNoeReturnType = {
  /** The greatest clearing vector p*: what each node pays in total. */
  payments: number[]
  /** p̄: what each node owes in total. */
  obligations: number[]
  defaulted: boolean[]
  /** p̄ − p*: each node's unpaid obligations. */
  shortfall: number[]
  /** Assets after clearing minus obligations (negative for defaulted nodes). */
  equity: number[]
  /** Rounds of the algorithm (each round fixes the default set and solves the linear system). */
  rounds: number
}

/**
 * The greatest clearing vector of a payment network: Eisenberg & Noe (2001) when α = β = 1 (their "fictitious
 * default" algorithm), with the default costs of Rogers & Veraart (2013), computed by their Greatest Clearing Vector
 * Algorithm (Definition 3.6). Each round takes the nodes that cannot pay in full at the current payments as the
 * default set and solves p_i = p̄_i (solvent), p_i = α e_i + β Σ_j Π_ji p_j (defaulted); it stops when the set
 * stops growing, after at most n + 1 rounds.
 *
 * @example
 * eisenbergNoe({ liabilities: [[0, 2], [0, 0]], externalAssets: [1, 0] }).payments // [1, 0]
 */
export function eisenbergNoe({ liabilities, externalAssets, externalLiabilities, alpha = 1, beta = 1 }: EisenbergNoeParameters): EisenbergNoeReturnType {
  const n = externalAssets.length
  if (liabilities.length !== n || liabilities.some((row) => row.length !== n)) throw new InputError(`liabilities must be ${n}×${n}`)
  if (!(alpha >= 0 && alpha <= 1 && beta >= 0 && beta <= 1)) throw new InputError('alpha and beta must lie in [0, 1]')
  // p̄_i = Σ_j L_ij + external liabilities; Π_ij = L_ij / p̄_i (Eisenberg & Noe 2001, section 2)
  const obligations = liabilities.map((row, i) => row.reduce((sum, owed) => sum + owed, 0) + (externalLiabilities?.[i] ?? 0))
  const relative = liabilities.map((row, i) => row.map((owed) => (obligations[i] > 0 ? owed / obligations[i] : 0)))
  const networkAssets = (payments: number[], i: number) => payments.reduce((sum, paid, j) => sum + relative[j][i] * paid, 0)

  let payments = obligations.slice()
  let defaulted = new Array<boolean>(n).fill(false)
  let rounds = 0
  // At most n rounds add a default; one more finds none.
  for (; rounds <= n; rounds++) {
    const next = defaulted.map((d, i) => d || externalAssets[i] + networkAssets(payments, i) < obligations[i] * (1 - 1e-12))
    if (next.every((d, i) => d === defaulted[i])) break
    defaulted = next
    payments = solveRound(defaulted)
  }

  function solveRound(defaultSet: boolean[]): number[] {
    // (I − β Π_DDᵀ) p_D = α e_D + β Σ_{j∉D} Π_jD p̄_j   (Rogers & Veraart 2013, Definition 3.6)
    const index = defaultSet.flatMap((d, i) => (d ? [i] : []))
    const system = index.map((i) => index.map((k) => (i === k ? 1 : 0) - beta * relative[k][i]))
    const rhs = index.map((i) => alpha * externalAssets[i] + beta * defaultSet.reduce((sum, d, j) => (d ? sum : sum + relative[j][i] * obligations[j]), 0))
    const solved = solveLinear(system, rhs)
    const result = obligations.slice()
    index.forEach((i, k) => (result[i] = Math.max(0, Math.min(obligations[i], solved[k]))))
    return result
  }

  const shortfall = payments.map((paid, i) => obligations[i] - paid)
  const equity = payments.map((paid, i) => externalAssets[i] + networkAssets(payments, i) - obligations[i])
  return { payments, obligations, defaulted, shortfall, equity, rounds }
}

/** Gaussian elimination with partial pivoting; the systems here are small (one row per defaulted node). */
function solveLinear(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length
  const a = matrix.map((row, i) => [...row, rhs[i]])
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row
    ;[a[col], a[pivot]] = [a[pivot], a[col]]
    if (Math.abs(a[col][col]) < 1e-15) throw new InputError('clearing system is singular')
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col]
      for (let k = col; k <= n; k++) a[row][k] -= factor * a[col][k]
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row][n]
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k]
    x[row] = sum / a[row][row]
  }
  return x
}
