export type SeededRandom = {
  /** Uniform on (0, 1), never 0 or 1. */
  uniform(): number
  /** Standard normal (Marsaglia polar method). */
  normal(): number
  /** Student-t with `degreesOfFreedom` (an integer ≥ 3), scaled to unit variance. */
  studentT(degreesOfFreedom: number): number
}

/**
 * A seeded generator: sfc32 (Chris Doty-Humphrey's PractRand "small fast counter") seeded through splitmix32.
 * Pure integer arithmetic, so the same seed gives the same stream in workerd, Node and any JS engine.
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0
  const splitmix32 = () => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = splitmix32()
  let b = splitmix32()
  let c = splitmix32()
  let counter = splitmix32()
  const next32 = () => {
    const t = (((a + b) >>> 0) + counter) >>> 0
    counter = (counter + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t
  }
  for (let i = 0; i < 12; i++) next32()
  const uniform = () => (next32() + 0.5) / 4_294_967_296
  let spare = Number.NaN
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const value = spare
      spare = Number.NaN
      return value
    }
    for (;;) {
      const u = 2 * uniform() - 1
      const v = 2 * uniform() - 1
      const s = u * u + v * v
      if (s > 0 && s < 1) {
        const factor = Math.sqrt((-2 * Math.log(s)) / s)
        spare = v * factor
        return u * factor
      }
    }
  }
  // t_ν = Z / sqrt(χ²_ν / ν), χ²_ν a sum of ν squared normals; variance ν/(ν−2), so scale by sqrt((ν−2)/ν).
  const studentT = (degreesOfFreedom: number) => {
    let chiSquare = 0
    for (let i = 0; i < degreesOfFreedom; i++) {
      const z = normal()
      chiSquare += z * z
    }
    return (normal() / Math.sqrt(chiSquare / degreesOfFreedom)) * Math.sqrt((degreesOfFreedom - 2) / degreesOfFreedom)
  }
  return { uniform, normal, studentT }
}
