// A GENERATED example verdict for renderer and publisher tests — not an observed result.
// Seeded (mulberry32, seed 7) so every run renders the same numbers. The change it describes is
// real in kind (Aave v3 Ethereum wstETH liquidation threshold, cf. /work/shared/data aave-v3-diffs),
// the stress figures are made up to exercise the layouts: they are not a simulation of that market.
import { mulberry32 } from '../../src/engine/random/mulberry32.ts'
import type { Finding, ScenarioResult, StressAggregate, StressReport, Verdict, VerdictCharts } from '../../src/model.ts'
import { badDebtHistogram } from '../../src/verdict/charts/badDebtHistogram.ts'

function results(multiplier: number): ScenarioResult[] {
  const random = mulberry32(7)
  return Array.from({ length: 200 }, (_, index) => {
    const shock = -Math.min(0.85, -Math.log(1 - random()) * 0.12)
    const badDebtUsd = Math.max(0, (-shock - 0.25) * 40_000_000 * multiplier * (0.5 + random()))
    const liquidatedUsd = -shock * 90_000_000 * (0.8 + 0.4 * random())
    const cascade =
      badDebtUsd > 0
        ? Array.from({ length: 12 }, (_, step) => ({
            step,
            price: 2000 * (1 + shock * Math.min(1, (step + 1) / 6) - 0.01 * multiplier * step * (badDebtUsd > 0 ? 1 : 0.2)),
            liquidatedUsd: (liquidatedUsd * Math.min(step + 1, 6)) / 6,
            badDebtUsd: (badDebtUsd * (step + 1)) / 12,
          }))
        : undefined
    return {
      scenario: `mc-${index}`,
      shock,
      badDebtUsd,
      liquidatedUsd,
      liquidations: Math.round(liquidatedUsd / 50_000),
      failedLiquidations: badDebtUsd > 0 ? Math.round(badDebtUsd / 200_000) : 0,
      reservesDrawUsd: Math.min(badDebtUsd, 2_000_000),
      insuranceDrawUsd: Math.max(0, Math.min(badDebtUsd - 2_000_000, 5_000_000)),
      socialisedLossUsd: Math.max(0, badDebtUsd - 7_000_000),
      cascadeDepth: badDebtUsd > 0 ? 3 : 1,
      priceImpact: 0.01 * multiplier,
      ...(cascade ? { cascade } : {}),
    }
  })
}

function aggregate(list: ScenarioResult[]): StressAggregate {
  const sorted = list.map((result) => result.badDebtUsd).sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const tail = (q: number) => {
    const slice = sorted.slice(Math.floor(q * sorted.length))
    return slice.reduce((sum, value) => sum + value, 0) / slice.length
  }
  return {
    scenarios: list.length,
    expectedBadDebtUsd: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    maxBadDebtUsd: sorted[sorted.length - 1],
    var95Usd: at(0.95),
    var99Usd: at(0.99),
    es95Usd: tail(0.95),
    es99Usd: tail(0.99),
    liquidatedUsd: list.reduce((sum, result) => sum + result.liquidatedUsd, 0) / list.length,
    probabilityOfInsolvency: list.filter((result) => result.badDebtUsd > 7_000_000).length / list.length,
  }
}

function report(multiplier: number, stateHash: string): StressReport {
  const list = results(multiplier)
  return {
    engineVersion: '0.1.0',
    scenarioSetHash: '0x5ce7a810d2b4f6e8a0c2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6',
    seed: 7,
    stateHash,
    results: list,
    aggregate: aggregate(list),
  }
}

export function exampleReports(): { before: StressReport; after: StressReport } {
  return {
    before: report(1, '0x1111aaaa2222bbbb3333cccc4444dddd5555eeee6666ffff7777000088889999'),
    after: report(1.8, '0x2222bbbb3333cccc4444dddd5555eeee6666ffff7777000088889999aaaa1111'),
  }
}

/** Chart figures for the example, generated like the rest: a shock grid, three replayed windows, the example's cascade. */
function exampleCharts(before: StressReport, after: StressReport): VerdictCharts {
  const grid = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
  const worst = after.results.reduce((best, result, index) => (result.badDebtUsd > after.results[best].badDebtUsd ? index : best), 0)
  return {
    mainCollateral: 'WETH',
    mainCollateralPegged: false,
    shock: [
      ...grid.map((drop) => ({ scenario: `shock-${Math.round(drop * 100)}`, kind: 'shock' as const, drop, before: Math.round(Math.max(0, drop - 0.2) * 40_000_000), after: Math.round(Math.max(0, drop - 0.2) * 72_000_000) })),
      { scenario: '2022-05-luna-ust-to-low', kind: 'historical', drop: 0.38, before: 900_000, after: 2_100_000 },
      { scenario: '2022-06-steth-discount-to-low', kind: 'historical', drop: 0.5, before: 5_400_000, after: 9_800_000 },
      { scenario: '2023-03-usdc-depeg-to-low', kind: 'historical', drop: 0.02, before: 0, after: 0 },
    ],
    distribution: badDebtHistogram({ before: before.results.map((result) => result.badDebtUsd), after: after.results.map((result) => result.badDebtUsd) }),
    cascade: {
      scenario: after.results[worst].scenario,
      kind: 'monte-carlo',
      label: `Monte Carlo day ${worst + 1}`,
      selectedBy: 'change',
      stepSeconds: 7200,
      startPrice: 2000,
      before: before.results[worst].cascade ?? [],
      after: after.results[worst].cascade ?? [],
    },
  }
}

const findings: Finding[] = [
  {
    check: 'varMoved',
    severity: 'critical',
    title: 'Bad-debt VaR 99% rises beyond the policy bound',
    why: 'At the 99th percentile the market would be left with more bad debt than reserves and the safety module cover together. Depositors would carry the rest.',
    metric: { name: 'VaR 99%', before: '$6.1M', after: '$11.3M', unit: 'USD' },
  },
  {
    check: 'stewardStep',
    severity: 'warning',
    title: 'Step larger than a risk steward could make',
    why: 'Aave risk stewards may move a liquidation threshold by at most 0.5 percentage points; this moves it by 2.',
    metric: { name: 'liquidation threshold step', before: '0', after: '2', unit: 'pp' },
  },
  {
    check: 'configurationGuard',
    severity: 'info',
    title: 'Configuration guards hold',
    why: 'LT·(1+bonus) stays below 1 and the borrow cap stays below the supply cap.',
  },
]

export function exampleVerdict(overrides: Partial<Verdict> = {}): Verdict {
  const { before, after } = exampleReports()
  return {
    id: 'v-example-1',
    level: 'FAIL',
    headline:
      'Raising the wstETH liquidation threshold from 81% to 83% nearly doubles bad-debt VaR 99% under a 30% ETH drop. The extra borrowing power is liquidated into thin stETH liquidity.',
    proposal: {
      source: 'aave-governance-v3',
      chainId: 1,
      governor: '0x9AEE0B04504CeF83A65AC3f0e838D0593BCb2BC7',
      id: '512',
      title: 'Aave v3 Ethereum: raise wstETH liquidation threshold',
      url: 'https://governance.aave.com/t/example/1',
    },
    changes: [
      {
        protocol: 'aave-v3',
        chainId: 1,
        market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
        asset: '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0',
        symbol: 'wstETH',
        param: 'liquidationThreshold',
        before: '0.81',
        after: '0.83',
        action: 0,
      },
    ],
    unknown: [],
    findings,
    recommendation: {
      asset: 'wstETH',
      param: 'liquidationThreshold',
      proposed: '0.83',
      largestSafe: '0.815',
      why: 'Above 81.5% the VaR 99% of bad debt exceeds the policy bound of $8M.',
    },
    metrics: { before: before.aggregate, after: after.aggregate },
    scenarios: { before: before.results, after: after.results },
    charts: exampleCharts(before, after),
    provenance: {
      stateHash: before.stateHash,
      scenarioSetHash: before.scenarioSetHash,
      seed: 7,
      engineVersion: '0.1.0',
      market: 'Aave v3 Ethereum',
      createdAt: '2026-11-25T15:00:00.000Z',
    },
    ...overrides,
  }
}
