import Decimal from 'decimal.js'
import type { Finding } from '../../model.ts'
import type { Check } from '../check.ts'
import { formatCount, formatPercent, formatUsd } from '../format.ts'

/** The bad debt the market would take under stress, before and after the change (VaR, ES, insolvency). */
export const badDebtRisk: Check = {
  name: 'bad-debt-risk',
  run: ({ before, after, policy }) => {
    const findings: Finding[] = []
    const varRise = new Decimal(after.aggregate.var99Usd).minus(before.aggregate.var99Usd)
    const severity = varRise.gte(policy.var99Increase.failUsd) ? 'critical' : varRise.gte(policy.var99Increase.cautionUsd) ? 'warning' : 'info'
    const from = formatUsd(before.aggregate.var99Usd)
    const to = formatUsd(after.aggregate.var99Usd)
    const rise = formatUsd(varRise.abs().toNumber())
    const caution = formatUsd(policy.var99Increase.cautionUsd)
    const fail = formatUsd(policy.var99Increase.failUsd)
    const across = `Across ${formatCount(after.aggregate.scenarios)} scenarios the 99 % VaR of bad debt`
    findings.push({
      check: 'bad-debt-risk',
      severity,
      title: varRise.isZero() ? `Bad debt at 99 % VaR unchanged at ${to}` : `Bad debt at 99 % VaR ${from} → ${to} (${varRise.isPositive() ? '+' : '−'}${rise})`,
      // The policy bounds the rise in VaR, not its level: say so, so the sentence never contradicts the number beside it.
      why: varRise.isZero()
        ? `${across} stays at ${to}. The policy bounds its rise: a closer look from ${caution}, a failure from ${fail}.`
        : varRise.isNegative()
          ? `${across} falls by ${rise}, from ${from} to ${to}. The policy bounds only its rise (a closer look from ${caution}, a failure from ${fail}).`
          : severity === 'info'
            ? `${across} rises by ${rise}, from ${from} to ${to}: the change keeps the rise in 99 % VaR under the policy's ${caution}.`
            : severity === 'warning'
              ? `${across} rises by ${rise}, from ${from} to ${to}: more than the ${caution} rise the policy asks a closer look at (it fails a change at ${fail}).`
              : `${across} rises by ${rise}, from ${from} to ${to}: beyond the ${fail} rise at which the policy fails a change.`,
      metric: { name: 'bad debt at 99 % VaR', before: String(before.aggregate.var99Usd), after: String(after.aggregate.var99Usd), unit: 'USD' },
    })
    const expectedRise = new Decimal(after.aggregate.expectedBadDebtUsd).minus(before.aggregate.expectedBadDebtUsd)
    if (!expectedRise.isZero())
      findings.push({
        check: 'bad-debt-risk',
        severity: 'info',
        title: `Expected bad debt ${formatUsd(before.aggregate.expectedBadDebtUsd)} → ${formatUsd(after.aggregate.expectedBadDebtUsd)}`,
        why: 'The mean across scenarios: how much bad debt the change adds or removes on average.',
        metric: { name: 'expected bad debt', before: String(before.aggregate.expectedBadDebtUsd), after: String(after.aggregate.expectedBadDebtUsd), unit: 'USD' },
      })
    const insolvencyRise = new Decimal(after.aggregate.probabilityOfInsolvency).minus(before.aggregate.probabilityOfInsolvency)
    if (insolvencyRise.gt(0))
      findings.push({
        check: 'bad-debt-risk',
        severity: insolvencyRise.gte(policy.insolvencyProbabilityIncreaseFail) ? 'critical' : 'warning',
        title: `Probability of insolvency ${formatPercent(before.aggregate.probabilityOfInsolvency)} → ${formatPercent(after.aggregate.probabilityOfInsolvency)}`,
        why: 'The share of scenarios in which bad debt exceeds protocol reserves and the insurance fund together, so suppliers take the loss.',
        metric: { name: 'probability of insolvency', before: String(before.aggregate.probabilityOfInsolvency), after: String(after.aggregate.probabilityOfInsolvency), unit: 'fraction' },
      })
    return findings
  },
}
