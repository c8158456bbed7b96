import { sampleStandardNormal } from './sampleStandardNormal.ts'

/**
 * One draw from a Student-t with `degreesOfFreedom` (an integer ≥ 3), scaled to unit variance, from a uniform source:
 * t_ν = Z / sqrt(χ²_ν / ν) with χ²_ν a sum of ν squared normals; its variance is ν/(ν−2), so it is scaled by sqrt((ν−2)/ν).
 *
 * @example
 * const t = sampleStudentT(mulberry32(7), 4)
 */
export function sampleStudentT(random: () => number, degreesOfFreedom: number): number {
  let chiSquare = 0
  for (let i = 0; i < degreesOfFreedom; i++) chiSquare += sampleStandardNormal(random) ** 2
  return (sampleStandardNormal(random) / Math.sqrt(chiSquare / degreesOfFreedom)) * Math.sqrt((degreesOfFreedom - 2) / degreesOfFreedom)
}
