import Decimal from 'decimal.js'
import type { Finding, StressAggregate } from '../../model.ts'
import type { Check } from '../check.ts'
import { formatPercent, formatUsd } from '../format.ts'

type Metric = { key: keyof StressAggregate; name: string; unit: 'USD' | 'fraction' | 'ratio'; why: string }

/** How liquidations themselves behave under stress: how much is liquidated, how much they move the price, what they lose. */
const METRICS: Metric[] = [
  {
    key: 'liquidationsAtRisk95Usd',
    name: 'liquidations at risk (95 %)',
    unit: 'USD',
    why: 'Debt liquidated in the worst 5 % of scenarios: how much collateral liquidators must be able to absorb and sell.',
  },
  {
    key: 'cascadeAmplification',
    name: 'cascade amplification',
    unit: 'ratio',
    why: 'How much further the main collateral falls once liquidation selling is added to the move a scenario imposes: above 1, liquidations feed the crash.',
  },
  {
    key: 'friction',
    name: 'liquidation friction',
    unit: 'fraction',
    why: 'The share of seized collateral value lost to slippage and gas; when it nears the liquidation bonus, liquidators stop and debt turns bad.',
  },
  {
    key: 'failedLiquidations',
    name: 'liquidations that could not happen',
    unit: 'ratio',
    why: 'Liquidations due but not made per scenario — unprofitable after slippage and gas, or no block gas left — which wait and may become bad debt.',
  },
]

const format = (metric: Metric, value: number) =>
  metric.unit === 'USD' ? formatUsd(value) : metric.unit === 'fraction' ? formatPercent(value) : new Decimal(value).toSignificantDigits(3).toString()

/** Which liquidation metric moved, by how much and why; informational (the policy's bounds read bad debt). */
export const liquidationDynamics: Check = {
  name: 'liquidation-dynamics',
  run: ({ before, after }) => {
    const findings: Finding[] = []
    for (const metric of METRICS) {
      const was = before.aggregate[metric.key]
      const is = after.aggregate[metric.key]
      if (typeof was !== 'number' || typeof is !== 'number' || format(metric, was) === format(metric, is)) continue // no visible move
      findings.push({
        check: 'liquidation-dynamics',
        severity: 'info',
        title: `${metric.name[0].toUpperCase()}${metric.name.slice(1)} ${format(metric, was)} → ${format(metric, is)}`,
        why: metric.why,
        metric: { name: metric.name, before: String(was), after: String(is), unit: metric.unit },
      })
    }
    return findings
  },
}
