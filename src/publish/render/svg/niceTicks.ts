export type NiceTicksReturnType = { min: number; max: number; ticks: number[] }

/**
 * Round axis ticks covering [min, max]: steps of 1, 2 or 5 × 10^n, about `count` of them.
 * @example niceTicks(0, 9.3, 5) // { min: 0, max: 10, ticks: [0, 2, 4, 6, 8, 10] }
 */
export function niceTicks(min: number, max: number, count = 5): NiceTicksReturnType {
  if (!(max > min)) max = min + 1
  const raw = (max - min) / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude
  const low = Math.floor(min / step) * step
  const high = Math.ceil(max / step) * step
  const ticks: number[] = []
  for (let index = 0; index <= Math.round((high - low) / step) && index <= 50; index++) ticks.push(roundTo(low + index * step, step))
  return { min: low, max: high, ticks }
}

function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  return Number(value.toFixed(decimals))
}
