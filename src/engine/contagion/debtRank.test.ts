import { expect, test } from 'vitest'
import simData from '../../../fixtures/systemic/networkriskmeasures-sim-data.json' with { type: 'json' }
import { denseDebtRank } from '../../../test/support/denseDebtRank.ts'
import { randomExposureNetwork } from '../../../test/support/randomExposureNetwork.ts'
import { compileDebtRankNetwork } from './compileDebtRankNetwork.ts'
import { debtRank, debtRankByNode } from './debtRank.ts'

// Worked example reconstructed from the inputs published in the NetworkRiskMeasures README (Cinelli & Silva,
// https://libraries.io/cran/NetworkRiskMeasures, "Example usage"): assets matrix matrix(c(0,10,3,1,0,2,0,3,0), ncol=3)
// over banks a, b, c (a holds 1 of b; b holds 10 of a and 3 of c; c holds 3 of a and 2 of b), capital buffers
// a = 2, b = 5, c = 2, weights 10, 100, 30. The expected values are worked by hand from Bardoscia et al. (2015)
// eq. 10 and Battiston et al. (2012) eqs. 1–3: Λ = A_ij / E_i = [[0, .5, 0], [2, 0, .6], [1.5, 1, 0]].
const leverage = [
  [0, 0.5, 0],
  [2, 0, 0.6],
  [1.5, 1, 0],
]
const weights = [10, 100, 30]
const defaultOf = (k: number) => [0, 1, 2].map((i) => (i === k ? 1 : 0))

test('default: linear DebtRank of the default of c (hand-worked)', () => {
  // t1: b += .6·1 = .6; t2: a += .5·.6 = .3; t3: b += 2·.3 → 1, c stays 1; t4: a += .5·.4 → .5
  const result = debtRank({ leverage, shock: defaultOf(2), weights, variant: 'linear' })
  expect(result.distress[0]).toBeCloseTo(0.5, 12)
  expect(result.distress[1]).toBe(1)
  expect(result.debtRank).toBeCloseTo((0.5 * 10 + 100) / 140, 12)
  expect(result.converged).toBe(true)
  expect(result.residual).toBeLessThanOrEqual(1e-12)
  // the path: c → b → a
  expect(result.reachedFrom).toEqual([1, 2, -1])
  expect(result.firstRound).toEqual([2, 1, 0])
})

test('behavior: single-hit DebtRank lets each node propagate once, so it stops at a = 0.3, b = 0.9', () => {
  // t1: D={c}: b += min(1,.6)·1 = .6; t2: D={b}: a += .5·.6 = .3; t3: D={a}: b += min(1,2)·.3 = .9; then no D left.
  const result = debtRank({ leverage, shock: defaultOf(2), weights, variant: 'single-hit' })
  expect(result.distress.map((h) => Number(h.toFixed(12)))).toEqual([0.3, 0.9, 1])
  expect(result.debtRank).toBeCloseTo(93 / 140, 12)
  expect(result.converged).toBe(true)
  // Bardoscia et al. (2015): single-hit DebtRank underestimates losses on networks with cycles.
  expect(result.debtRank).toBeLessThan(debtRank({ leverage, shock: defaultOf(2), weights, variant: 'linear' }).debtRank)
})

test('behavior: single-hit caps each edge at 1 (Battiston et al. 2012, eq. 1) unless told not to, as NetworkRiskMeasures does', () => {
  // t3 above: a's .3 reaches b through Λ_ba = 2: capped, b += .3 → .9; uncapped, b += .6 → 1 (saturates)
  const capped = debtRank({ leverage, shock: defaultOf(2), weights, variant: 'single-hit' })
  const uncapped = debtRank({ leverage, shock: defaultOf(2), weights, variant: 'single-hit', edgeCap: 'none' })
  expect(capped.distress[1]).toBeCloseTo(0.9, 12)
  expect(uncapped.distress[1]).toBe(1)
  expect(uncapped.debtRank).toBeCloseTo((0.3 * 10 + 100) / 140, 12)
})

test('behavior: the default of b hits a by half its buffer and wipes c out in both variants', () => {
  for (const variant of ['linear', 'single-hit'] as const) {
    const result = debtRank({ leverage, shock: defaultOf(1), weights, variant })
    expect(result.distress).toEqual([0.5, 1, 1])
    expect(result.debtRank).toBeCloseTo(35 / 140, 12)
  }
})

test('behavior: below the instability threshold linear DebtRank equals the closed form h∞ = (I − Λ)⁻¹ h(1)', () => {
  // Bardoscia et al. (2015): when the largest eigenvalue of Λ is below 1 and no node saturates,
  // h(∞) = Σ_k Λ^k h(1) = (I − Λ)⁻¹ h(1). Two nodes lending to each other: Λ = [[0, .4], [.5, 0]], shock node 0 by .1.
  const result = debtRank({ leverage: [[0, 0.4], [0.5, 0]], shock: [0.1, 0], variant: 'linear' })
  // (I − Λ)⁻¹ = 1/(1 − .2) · [[1, .4], [.5, 1]] → h = [.125, .0625]
  expect(result.distress[0]).toBeCloseTo(0.125, 14)
  expect(result.distress[1]).toBeCloseTo(0.0625, 14)
  expect(result.solved).toBe(true)
  // single-hit: node 1 gets .05, node 0 gets .4·.05 = .02 more and stops: [.12, .05]
  const single = debtRank({ leverage: [[0, 0.4], [0.5, 0]], shock: [0.1, 0], variant: 'single-hit' })
  expect(single.distress[0]).toBeCloseTo(0.12, 12)
  expect(single.distress[1]).toBeCloseTo(0.05, 12)
})

test('behavior: the same numbers as the straightforward implementation on generated networks, both variants', () => {
  for (const [seed, density, spectralRadius] of [
    [1, 0.3, 0.6],
    [2, 0.1, 1.4],
    [3, 0.8, 0.9],
    [4, 0.05, 0.95],
  ] as const) {
    const network = randomExposureNetwork({ seed, size: 40, density, spectralRadius })
    const dense = network.dense()
    const compiled = compileDebtRankNetwork({ size: 40, links: network.links })
    for (const k of [0, 7, 23]) {
      const shock = Array.from({ length: 40 }, (_, i) => (i === k ? 1 : i === 30 ? 0.2 : 0))
      for (const variant of ['linear', 'single-hit'] as const) {
        const reference = denseDebtRank({ leverage: dense, shock, weights: network.weights, variant, maxRounds: 100_000, tolerance: 1e-15 })
        const fast = debtRank({ network: compiled, shock, weights: network.weights, variant })
        expect(reference.converged).toBe(true)
        fast.distress.forEach((h, i) => expect(h).toBeCloseTo(reference.distress[i], 10))
        expect(fast.debtRank).toBeCloseTo(reference.debtRank, 11)
        expect(fast.firstRound).toEqual(reference.firstRound)
        expect(fast.reachedFrom).toEqual(reference.reachedFrom)
      }
    }
  }
})

test('behavior: near a spectral radius of 1 the straightforward loop stops at its cap unconverged; this one converges and says so', () => {
  // 60 nodes, 90 % of pairs linked, ρ(Λ) = 0.99: node 2's default echoes for more than 1,000 rounds before a round
  // moves any node by less than 1e-12
  const network = randomExposureNetwork({ seed: 9, size: 60, density: 0.9, spectralRadius: 0.99 })
  const shock = Array.from({ length: 60 }, (_, i) => (i === 2 ? 1 : 0))
  const capped = denseDebtRank({ leverage: network.dense(), shock, weights: network.weights, variant: 'linear' })
  expect(capped.rounds).toBe(1000)
  expect(capped.converged).toBe(false)
  const reference = denseDebtRank({ leverage: network.dense(), shock, weights: network.weights, variant: 'linear', maxRounds: 20_000 })
  expect(reference.converged).toBe(true)
  const fast = debtRank({ network: compileDebtRankNetwork({ size: 60, links: network.links }), shock, weights: network.weights, variant: 'linear' })
  expect(fast).toMatchObject({ converged: true, solved: true })
  expect(fast.rounds).toBeLessThan(5)
  expect(fast.residual).toBeLessThanOrEqual(1e-12)
  expect(fast.debtRank).toBeCloseTo(reference.debtRank, 10)
  // iterating alone (no solve) gets there too, in as many rounds as the reference needs, and says when it has not
  const iterate = (maxRounds: number) => debtRank({ leverage: network.dense(), shock, weights: network.weights, variant: 'linear', solve: false, maxRounds })
  expect(iterate(200)).toMatchObject({ converged: false, solved: false, rounds: 200 })
  expect(iterate(200).residual).toBeGreaterThan(1e-12)
  const iterated = iterate(20_000)
  expect(iterated.converged).toBe(true)
  expect(iterated.debtRank).toBeCloseTo(reference.debtRank, 10)
})

// NetworkRiskMeasures' own 125-bank example (generated by its authors' code; see the fixture's howObtained).
const banks = simData.banks.length
const simNetwork = compileDebtRankNetwork({
  size: banks,
  links: simData.exposures.map(([holder, held, amount]) => ({ holder, held, leverage: amount / simData.buffer[holder] })),
})

test('behavior: on NetworkRiskMeasures’ sim_data it agrees with the DebtRank figures its README prints, to its early stop', () => {
  const all = debtRankByNode({ network: simNetwork, weights: simData.weights, variant: 'linear' })
  expect(all.converged).toBe(true)
  // head(sim_data)$DebtRank, printed to 10 significant digits, is its early-stopped run (the fixture's re-run of its
  // engine gives the same digits); the converged DebtRank is within 2.1e-5 of it (b1: 0.0278903 vs 0.0278774)
  simData.published.debtRankB1toB6.forEach((published, i) => {
    expect(simData.computedWithPackageSource.linearDebtRank[i]).toBeCloseTo(published, 10)
    expect(Math.abs(all.debtRank[i] - published)).toBeLessThan(2.1e-5)
  })
  expect(all.debtRank[0]).toBeCloseTo(0.02789029, 8)
  // summary(contdr): the ten largest, additional stress to 3 decimals
  const order = Array.from(all.debtRank.keys()).sort((a, b) => all.debtRank[b] - all.debtRank[a])
  expect(order.slice(0, 10).map((i) => simData.banks[i])).toEqual(simData.published.debtRankTop10.map((row) => row.scenario))
  simData.published.debtRankTop10.forEach((row, rank) => expect(all.debtRank[order[rank]]).toBeCloseTo(row.additionalStress, 3))
})

test('behavior: where NetworkRiskMeasures differs — its early stop and its uncapped losses', () => {
  const b55 = simData.banks.indexOf('b55')
  const shock = simData.banks.map((_, i) => (i === b55 ? 1 : 0))
  const result = debtRank({ network: simNetwork, shock, weights: simData.weights, variant: 'linear' })
  const row = simData.published.debtRankTop10[0]
  // additional defaults: 17 banks end at distress 1
  expect(result.distress.filter((h, i) => i !== b55 && h >= 1 - 1e-12)).toHaveLength(row.additionalDefaults)
  // its "additional losses" multiply the uncapped stress by the buffers: 235.8, though no bank can lose more than
  // its buffer; the capped loss is 90.86
  const uncappedLoss = result.uncappedDistress.reduce((sum, st, i) => sum + (st - shock[i]) * simData.buffer[i], 0)
  const cappedLoss = result.distress.reduce((sum, h, i) => sum + (h - shock[i]) * simData.buffer[i], 0)
  expect(uncappedLoss).toBeCloseTo(row.additionalLosses, 1)
  expect(cappedLoss).toBeCloseTo(90.862, 3)
  // its early stop (L2 change < 7.4e-4): the converged DebtRanks differ from its output by at most 2.1e-5 (b72)
  const all = debtRankByNode({ network: simNetwork, weights: simData.weights, variant: 'linear' })
  const gaps = simData.computedWithPackageSource.linearDebtRank.map((theirs, i) => Math.abs(all.debtRank[i] - theirs))
  expect(Math.max(...gaps)).toBeCloseTo(2.073e-5, 8)
  expect(simData.banks[gaps.indexOf(Math.max(...gaps))]).toBe('b72')
  // single-hit without the edge cap is its single-hit
  const single = debtRankByNode({ network: simNetwork, weights: simData.weights, variant: 'single-hit', edgeCap: 'none' })
  simData.computedWithPackageSource.singleHitDebtRank.forEach((theirs, i) => expect(single.debtRank[i]).toBeCloseTo(theirs, 4))
})

test('errors: a shock outside [0, 1] or a leverage matrix of the wrong size is refused', () => {
  expect(() => debtRank({ leverage, shock: [2, 0, 0], variant: 'linear' })).toThrow(/\[0, 1\]/)
  expect(() => debtRank({ leverage: [[0]], shock: [0, 1], variant: 'linear' })).toThrow(/2×2/)
  expect(() => compileDebtRankNetwork({ size: 2, links: [{ holder: 0, held: 5, leverage: 1 }] })).toThrow(/outside/)
  expect(() => compileDebtRankNetwork({ leverage: [[0, -1], [0, 0]] })).toThrow(/positive/)
})
