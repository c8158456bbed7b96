/**
 * mulberry32: a 32-bit seeded pseudo-random generator (Tommy Ettinger, public domain).
 * Small, fast, and identical in workerd, Node and the browser, so a seed reproduces a run.
 * Not for cryptography. Period 2^32, which is plenty for fixtures and Monte Carlo draws of < 10^8 numbers.
 *
 * @example
 * const random = mulberry32(42)
 * random() // 0.6011037519201636, always, for seed 42
 */
export type Mulberry32ReturnType = () => number

export function mulberry32(seed: number): Mulberry32ReturnType {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
