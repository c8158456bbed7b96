import Decimal from 'decimal.js'
import type { Finding } from '../../model.ts'
import type { Check } from '../check.ts'
import { formatPercent, formatUsd } from '../format.ts'

/** The bad debt the market would take under stress, before and after the change (VaR, ES, insolvency). */
export const badDebtRisk: Check = {
  name: 'bad-debt-risk',
  run: ({ before, after, policy }) => {
    const findings: Finding[] = []
    const varRise = new Decimal(after.aggregate.var99Usd).minus(before.aggregate.var99Usd)
    const severity = varRise.gte(policy.var99Increase.failUsd) ? 'critical' : varRise.gte(policy.var99Increase.cautionUsd) ? 'warning' : 'info'
    findings.push({
      check: 'bad-debt-risk',
      severity,
      title: varRise.isZero()
        ? `Bad debt at 99 % VaR unchanged at ${formatUsd(after.aggregate.var99Usd)}`
        : `Bad debt at 99 % VaR ${varRise.isPositive() ? 'rises' : 'falls'} by ${formatUsd(varRise.abs().toNumber())}`,
      why:
        severity === 'info'
          ? `Across ${after.aggregate.scenarios} scenarios the change keeps the 99 % VaR of bad debt within the policy's ${formatUsd(policy.var99Increase.cautionUsd)} bound.`
          : `Across ${after.aggregate.scenarios} scenarios the 99 % VaR of bad debt moves from ${formatUsd(before.aggregate.var99Usd)} to ${formatUsd(after.aggregate.var99Usd)}; the policy flags rises above ${formatUsd(severity === 'critical' ? policy.var99Increase.failUsd : policy.var99Increase.cautionUsd)}.`,
      metric: { name: 'VaR99 bad debt', before: String(before.aggregate.var99Usd), after: String(after.aggregate.var99Usd), unit: 'USD' },
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
