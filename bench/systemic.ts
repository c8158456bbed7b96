// The systemic section of `npm run bench`: DebtRank of every node's default (NetworkRiskMeasures' shock = "all") on a
// dense 125-node network with spectral radius 0.99 and on a sparse 1,000-node one, main-thread CPU ms per run, and in the same run
// the straightforward dense implementation (test/support/denseDebtRank.ts, n² per round, 1,000-round cap) on every
// k-th scenario of the same networks: the ratio per scenario, and whether both give the same numbers. The networks are
// generated (test/support/randomExposureNetwork.ts, seeded).
import { compileDebtRankNetwork, MAX_SOLVED_NETWORK } from '../src/engine/contagion/compileDebtRankNetwork.ts'
import { debtRankByNode } from '../src/engine/contagion/debtRank.ts'
import { denseDebtRank } from '../test/support/denseDebtRank.ts'
import { randomExposureNetwork } from '../test/support/randomExposureNetwork.ts'

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
// CPU of the main thread only (Node's threadCpuUsage): the process's CPU would also count the garbage collector's
// helper threads sweeping up after earlier sections, which is not this work.
const cpuNow = () => process.threadCpuUsage()
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.threadCpuUsage(since)
  return (used.user + used.system) / 1000
}
/** The median CPU ms of `runs` calls after `warmups` uncounted ones. */
function timed<T>(runs: number, warmups: number, work: () => T): { ms: number; result: T } {
  gc()
  let result = warmups > 0 ? work() : (undefined as T)
  for (let warmup = 1; warmup < warmups; warmup++) result = work()
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = cpuNow()
    result = work()
    times.push(cpuMs(start))
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], result }
}

type Case = { label: string; size: number; density: number; spectralRadius: number; referenceStride: number; runs: number; warmups: number }

export function systemicBench(): boolean {
  let allSame = true
  const cases: Case[] = [
    { label: '125-node dense (90 % of pairs, ρ = 0.99)', size: 125, density: 0.9, spectralRadius: 0.99, referenceStride: 5, runs: 9, warmups: 3 },
    { label: '1,000-node sparse (4 links per node, ρ = 0.9)', size: 1000, density: 0.004, spectralRadius: 0.9, referenceStride: 250, runs: 1, warmups: 1 },
  ]
  for (const { label, size, density, spectralRadius, referenceStride, runs, warmups } of cases) {
    const generated = randomExposureNetwork({ seed: 9, size, density, spectralRadius })
    const { weights } = generated
    // compiling (and, up to 512 nodes, inverting I − Λ) is part of every run
    const engine = timed(runs, warmups, () => debtRankByNode({ network: compileDebtRankNetwork({ size, links: generated.links }), weights, variant: 'linear' }))
    // Above MAX_SOLVED_NETWORK nodes the engine iterates anyway: the frontier alone is the run above.
    const iterated = size <= MAX_SOLVED_NETWORK ? timed(1, 0, () => debtRankByNode({ network: compileDebtRankNetwork({ size, links: generated.links }), weights, variant: 'linear', solve: false })) : undefined
    const singleHit = timed(runs, warmups, () => debtRankByNode({ network: compileDebtRankNetwork({ size, links: generated.links }), weights, variant: 'single-hit' }))

    const dense = generated.dense()
    const sampled = Array.from({ length: Math.ceil(size / referenceStride) }, (_, s) => s * referenceStride)
    const shockOf = (k: number) => Array.from({ length: size }, (_, i) => (i === k ? 1 : 0))
    gc()
    const start = cpuNow()
    const reference = sampled.map((k) => denseDebtRank({ leverage: dense, shock: shockOf(k), weights, variant: 'linear' }))
    const referencePerScenario = cpuMs(start) / sampled.length
    const enginePerScenario = engine.ms / size
    const capped = reference.filter((run) => !run.converged).length
    // same numbers: where the reference converged, to 1e-9; where it stopped at its cap, against the reference run on
    // until it converges (first such scenario only: it costs thousands of n² rounds)
    let worstGap = 0
    reference.forEach((run, s) => {
      if (run.converged) worstGap = Math.max(worstGap, Math.abs(run.debtRank - engine.result.debtRank[sampled[s]]))
    })
    const firstCapped = reference.findIndex((run) => !run.converged)
    if (firstCapped !== -1) {
      const k = sampled[firstCapped]
      const long = denseDebtRank({ leverage: dense, shock: shockOf(k), weights, variant: 'linear', maxRounds: 50_000 })
      worstGap = Math.max(worstGap, long.converged ? Math.abs(long.debtRank - engine.result.debtRank[k]) : Number.POSITIVE_INFINITY)
    }
    const same = worstGap < 1e-9 && engine.result.converged
    allSame &&= same
    console.log(
      `systemic: ${label}: all ${size} defaults, linear DebtRank ${engine.ms.toFixed(1)} ms CPU per run (converged: ${engine.result.converged}, largest residual ${engine.result.residual.toExponential(1)}, ${engine.result.rounds} rounds); ` +
        (iterated ? `frontier iteration alone ${iterated.ms.toFixed(0)} ms (converged: ${iterated.result.converged}, ${iterated.result.rounds} rounds); ` : `iterated (above ${MAX_SOLVED_NETWORK} nodes no solve); `) +
        `single-hit ${singleHit.ms.toFixed(1)} ms`,
    )
    console.log(
      `systemic: ratio: straightforward implementation ${(referencePerScenario / enginePerScenario).toFixed(0)}× slower per scenario (${referencePerScenario.toFixed(1)} ms vs ${enginePerScenario.toFixed(3)} ms CPU, every ${referenceStride}th of ${size} scenarios); ` +
        `${capped} of ${sampled.length} stopped at its 1,000-round cap unconverged; same numbers: ${same} (largest gap ${worstGap.toExponential(1)})`,
    )
  }
  return allSame
}
