import { InputError } from '../../errors.ts'

/** One exposure: `holder` loses `leverage` of its capital per unit of `held`'s relative loss (Λ_holder,held). */
export type DebtRankLink = { holder: number; held: number; leverage: number }

export type CompileDebtRankNetworkParameters =
  /** Λ as a dense matrix: `leverage[i][j]` = exposure of i to j ÷ capital of i (Bardoscia et al. 2015, eq. 4). */
  | { leverage: number[][] }
  /** Λ as a list of its non-zero entries, for large sparse networks. */
  | { size: number; links: DebtRankLink[] }

/**
 * Λ compiled for propagation: column-compressed by the node that loses (`held`), so one round touches only the
 * holders of the nodes whose distress moved. `inverse()` is (I − Λ)⁻¹ when it is a valid M-matrix inverse
 * (every entry ≥ 0, which holds iff the spectral radius of Λ is below 1), computed once on first use, else null.
 */
export type DebtRankNetwork = {
  size: number
  /** Holders of node j are `holders[columnStart[j] … columnStart[j + 1])`, with `weights` Λ_holder,j. */
  columnStart: Int32Array
  holders: Int32Array
  weights: Float64Array
  inverse: () => Float64Array | null
}

/** Above this size (I − Λ)⁻¹ (n² numbers, n³ to compute) is not formed: large networks are iterated. */
export const MAX_SOLVED_NETWORK = 512

/**
 * @example
 * compileDebtRankNetwork({ leverage: [[0, 0.5], [0, 0]] }).holders // Int32Array [0]: node 0 holds node 1
 */
export function compileDebtRankNetwork(parameters: CompileDebtRankNetworkParameters): DebtRankNetwork {
  const size = 'leverage' in parameters ? parameters.leverage.length : parameters.size
  const links: DebtRankLink[] = []
  if ('leverage' in parameters) {
    parameters.leverage.forEach((row, holder) => {
      if (row.length !== size) throw new InputError(`leverage must be ${size}×${size}`)
      row.forEach((leverage, held) => {
        if (leverage !== 0 && holder !== held) links.push({ holder, held, leverage })
      })
    })
  } else
    for (const link of parameters.links)
      if (link.leverage !== 0 && link.holder !== link.held) {
        if (!(link.holder >= 0 && link.holder < size && link.held >= 0 && link.held < size)) throw new InputError(`link ${link.holder} → ${link.held} is outside a network of ${size}`)
        links.push(link)
      }
  for (const { leverage } of links) if (!(leverage > 0 && Number.isFinite(leverage))) throw new InputError(`leverage must be positive and finite, got ${leverage}`)

  const columnStart = new Int32Array(size + 1)
  for (const { held } of links) columnStart[held + 1]++
  for (let j = 0; j < size; j++) columnStart[j + 1] += columnStart[j]
  const fill = columnStart.slice(0, size)
  const holders = new Int32Array(links.length)
  const weights = new Float64Array(links.length)
  for (const { holder, held, leverage } of links) {
    const at = fill[held]++
    holders[at] = holder
    weights[at] = leverage
  }

  let inverse: Float64Array | null | undefined
  return {
    size,
    columnStart,
    holders,
    weights,
    inverse: () => {
      if (inverse === undefined) inverse = size <= MAX_SOLVED_NETWORK ? invertIdentityMinus(size, columnStart, holders, weights) : null
      return inverse
    },
  }
}

/**
 * (I − Λ)⁻¹ by Gauss–Jordan elimination with partial pivoting, row-major; null when I − Λ is singular or its
 * inverse has a negative entry (Λ is non-negative, so (I − Λ)⁻¹ = Σ Λᵏ ≥ 0 exactly when ρ(Λ) < 1).
 */
function invertIdentityMinus(n: number, columnStart: Int32Array, holders: Int32Array, weights: Float64Array): Float64Array | null {
  const a = new Float64Array(n * n)
  const b = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    a[i * n + i] = 1
    b[i * n + i] = 1
  }
  for (let j = 0; j < n; j++) for (let k = columnStart[j]; k < columnStart[j + 1]; k++) a[holders[k] * n + j] -= weights[k]
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row * n + col]) > Math.abs(a[pivot * n + col])) pivot = row
    if (Math.abs(a[pivot * n + col]) < 1e-12) return null
    if (pivot !== col)
      for (let k = 0; k < n; k++) {
        const swapA = a[col * n + k]
        a[col * n + k] = a[pivot * n + k]
        a[pivot * n + k] = swapA
        const swapB = b[col * n + k]
        b[col * n + k] = b[pivot * n + k]
        b[pivot * n + k] = swapB
      }
    // Left of `col` every row of `a` is already eliminated, so its updates start at `col`.
    const scale = 1 / a[col * n + col]
    for (let k = col; k < n; k++) a[col * n + k] *= scale
    for (let k = 0; k < n; k++) b[col * n + k] *= scale
    for (let row = 0; row < n; row++) {
      if (row === col) continue
      const factor = a[row * n + col]
      if (factor === 0) continue
      for (let k = col; k < n; k++) a[row * n + k] -= factor * a[col * n + k]
      for (let k = 0; k < n; k++) b[row * n + k] -= factor * b[col * n + k]
    }
  }
  for (let k = 0; k < n * n; k++) if (!(b[k] >= -1e-12)) return null
  return b
}
