import type { DebtRankLink } from '../../src/engine/contagion/compileDebtRankNetwork.ts'
import { mulberry32 } from '../../src/engine/random/mulberry32.ts'

export type RandomExposureNetworkParameters = {
  seed: number
  size: number
  /** Probability that one node holds another's liabilities. */
  density: number
  /** Λ is scaled so its spectral radius is this (estimated by power iteration). */
  spectralRadius: number
}

export type RandomExposureNetworkReturnType = {
  links: DebtRankLink[]
  /** Node values (sizes), heavy-tailed. */
  weights: number[]
  /** Λ as a dense matrix (for the straightforward reference implementation). */
  dense: () => number[][]
}

/**
 * A GENERATED network of exposures for tests and benchmarks, seeded: each ordered pair is linked with probability
 * `density`, exposure sizes and node values are log-normal (σ = 1), and Λ is scaled to the given spectral radius —
 * near 1 is the hard case for DebtRank (losses echo round after round before they settle).
 */
export function randomExposureNetwork({ seed, size, density, spectralRadius }: RandomExposureNetworkParameters): RandomExposureNetworkReturnType {
  const random = mulberry32(seed)
  const logNormal = () => Math.exp(Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()))
  const links: DebtRankLink[] = []
  for (let holder = 0; holder < size; holder++)
    for (let held = 0; held < size; held++) if (holder !== held && random() < density) links.push({ holder, held, leverage: logNormal() })
  const weights = Array.from({ length: size }, logNormal)
  // ρ(Λ) by power iteration on Λᵀ (same spectrum), then scale
  let vector = new Float64Array(size).fill(1)
  let radius = 0
  for (let round = 0; round < 500; round++) {
    const next = new Float64Array(size)
    for (const { holder, held, leverage } of links) next[held] += leverage * vector[holder]
    const norm = Math.hypot(...next)
    if (norm === 0) break
    radius = norm / Math.hypot(...vector)
    vector = next.map((x) => x / norm)
  }
  const scale = radius > 0 ? spectralRadius / radius : 1
  const scaled = links.map((link) => ({ ...link, leverage: link.leverage * scale }))
  return {
    links: scaled,
    weights,
    dense: () => {
      const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0))
      for (const { holder, held, leverage } of scaled) matrix[holder][held] = leverage
      return matrix
    },
  }
}
