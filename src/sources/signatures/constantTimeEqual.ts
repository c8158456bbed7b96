/**
 * Compares two strings without stopping at the first difference, so the time taken does not tell an
 * attacker how much of a forged signature was right. Different lengths are unequal.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const encoder = new TextEncoder()
  const left = encoder.encode(a)
  const right = encoder.encode(b)
  let difference = left.length ^ right.length
  for (let index = 0; index < Math.max(left.length, right.length); index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0)
  return difference === 0
}
