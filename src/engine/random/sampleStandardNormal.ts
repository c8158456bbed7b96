/**
 * One draw from N(0, 1) by the Box–Muller transform (Box & Muller, 1958), from a uniform source on [0, 1).
 *
 * @example
 * const z = sampleStandardNormal(mulberry32(7))
 */
export function sampleStandardNormal(random: () => number): number {
  const u1 = 1 - random() // (0, 1], so the log is finite
  const u2 = random()
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2)
}
