// `npm run bench`: a before-and-after stress of 20,000 positions × 10,000 scenarios, CPU time, wall time and peak heap,
// then the straightforward implementation (every position, every round) on a slice of the same scenarios: same numbers,
// and the speed ratio. Run under `node --expose-gc`. The market is generated (test/support/randomMarket.ts).
// Then the systemic section (bench/systemic.ts): DebtRank of every default on a dense and a sparse network.
import { isDeepStrictEqual } from 'node:util'
import { getHeapStatistics } from 'node:v8'
import { applyChanges } from '../src/engine/applyChanges.ts'
import { createScenarioRunner } from '../src/engine/cascade/createScenarioRunner.ts'
import { defaultScenarioSet } from '../src/engine/defaultScenarioSet.ts'
import { compileMarket } from '../src/engine/market/compileMarket.ts'
import { stressMarket } from '../src/engine/stressMarket.ts'
import type { ParameterChange, ScenarioResult, ScenarioSet, StressReport } from '../src/model.ts'
import { randomMarket } from '../test/support/randomMarket.ts'
import { systemicBench } from './systemic.ts'

const POSITIONS = 20_000
const SCENARIOS = 10_000
const REFERENCE_SCENARIOS = Number(process.env.REFERENCE_SCENARIOS ?? 250)
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})

const before = randomMarket({ seed: 1, positions: POSITIONS })
const weth = before.assets[0]
const change: ParameterChange = { protocol: 'aave-v3', chainId: 1, market: before.market, asset: weth.address, symbol: 'WETH', param: 'liquidationThreshold', before: weth.liquidationThreshold, after: '0.86', action: 0 }
const after = applyChanges(before, [change]).state

let peakHeap = 0
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
/** The scenario list with a heap sample every 250 scenarios the engine reads. */
function sampled(set: ScenarioSet): ScenarioSet {
  const scenarios = new Proxy(set.scenarios, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) % 250 === 0) sampleHeap()
      return Reflect.get(target, key, receiver)
    },
  })
  return { ...set, scenarios }
}
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

const fixedCount = (await defaultScenarioSet({ state: before, seed: 1, monteCarloScenarios: 0 })).scenarios.length
gc()
let cpu = process.cpuUsage()
let wall = performance.now()
const scenarioSet = await defaultScenarioSet({ state: before, seed: 1, monteCarloScenarios: SCENARIOS - fixedCount })
console.log(`scenario set: ${scenarioSet.scenarios.length} scenarios generated and hashed in ${cpuMs(cpu).toFixed(0)} ms CPU, ${(performance.now() - wall).toFixed(0)} ms wall`)

gc()
const baseline = process.memoryUsage().heapUsed
peakHeap = baseline
cpu = process.cpuUsage()
wall = performance.now()
const reports: StressReport[] = [await stressMarket({ state: before, scenarioSet: sampled(scenarioSet) }), await stressMarket({ state: after, scenarioSet: sampled(scenarioSet) })]
sampleHeap()
const engineCpu = cpuMs(cpu)
const engineWall = performance.now() - wall
const work = 2 * POSITIONS * SCENARIOS
console.log(`engine: before+after ${POSITIONS} positions × ${SCENARIOS} scenarios in ${engineCpu.toFixed(0)} ms CPU (${engineWall.toFixed(0)} ms wall): ${((work / engineCpu) * 1000).toExponential(3)} positions×scenarios per second`)
console.log(`peak heap: ${(peakHeap / 2 ** 20).toFixed(1)} MiB used (${((peakHeap - baseline) / 2 ** 20).toFixed(1)} MiB above the loaded state and scenarios; V8 heap committed ${(getHeapStatistics().total_heap_size / 2 ** 20).toFixed(1)} MiB)`)
console.log(`VaR99 before → after: ${reports[0].aggregate.var99Usd.toFixed(0)} → ${reports[1].aggregate.var99Usd.toFixed(0)} USD; expected bad debt ${reports[0].aggregate.expectedBadDebtUsd.toFixed(0)} → ${reports[1].aggregate.expectedBadDebtUsd.toFixed(0)} USD`)

// The straightforward implementation on every k-th scenario (the same mix of stress and Monte Carlo as the full set): same numbers?
const stride = Math.max(1, Math.floor(SCENARIOS / REFERENCE_SCENARIOS))
const slice: ScenarioSet = { ...scenarioSet, scenarios: scenarioSet.scenarios.filter((_, i) => i % stride === 0) }
// Timed on the scenario runners themselves (compiling the market and hashing the state are the same for both): the engine
// over the whole set, the straightforward implementation over the slice; the ratio compares CPU per scenario.
const compiled = [compileMarket(before), compileMarket(after)]
const timeRunners = (indexing: 'sorted' | 'none', scenarios: ScenarioSet['scenarios']) => {
  compiled.map((market) => slice.scenarios.map(createScenarioRunner(market, { indexing, recordCascade: false }))) // warm-up
  gc()
  const start = process.cpuUsage()
  const results = compiled.map((market) => scenarios.map(createScenarioRunner(market, { indexing })))
  return { results, cpuPerScenario: cpuMs(start) / (2 * scenarios.length) }
}
const fast = timeRunners('sorted', scenarioSet.scenarios)
const reference = timeRunners('none', slice.scenarios)
const fastOnSlice = fast.results.map((results) => results.filter((_, i) => i % stride === 0))
const beforeWaterfall = (results: ScenarioResult[]) => results.map((result) => ({ ...result, reservesDrawUsd: 0, insuranceDrawUsd: 0, socialisedLossUsd: 0 }))
const same =
  isDeepStrictEqual(fastOnSlice, reference.results) &&
  compiled.every((_, k) => isDeepStrictEqual(fast.results[k], beforeWaterfall(reports[k].results)))
console.log(
  `ratio: straightforward implementation ${(reference.cpuPerScenario / fast.cpuPerScenario).toFixed(1)}× slower per scenario (${(reference.cpuPerScenario * 1000).toFixed(0)} µs vs ${(fast.cpuPerScenario * 1000).toFixed(0)} µs CPU; engine over all ${SCENARIOS}, straightforward over every ${stride}th, before and after); same numbers: ${same}`,
)
if (!same) process.exitCode = 1
if (!systemicBench()) process.exitCode = 1
