import type { Finding, PayloadSimulation } from '../../model.ts'
import { actionLabel } from '../format.ts'
import type { Check } from '../check.ts'

// Fields a payload can change that the engine has no parameter for. Interest rates and flash loans do not move a
// one-day solvency stress (the engine accrues no interest; flash loans settle in one transaction): info. The others
// change who may borrow or how much can be borrowed outside the numbers (isolation mode, siloed borrowing, stable
// rate, unbacked minting, accounting): a warning, so the verdict cannot be PASS on numbers that leave them out.
const informational = new Set(['interestRateStrategy', 'flashLoanEnabled'])

/** Says how each payload action's changes were found (probe or view functions, chain, block) and what else it changes. */
export const payloadSimulation: Check = {
  name: 'payload-simulation',
  run: ({ simulations = [] }) => simulations.filter((simulation) => !simulation.reverted).flatMap(findingsOf),
}

function findingsOf(simulation: PayloadSimulation): Finding[] {
  const where = `payload ${simulation.payload} on chain ${simulation.chainId} at block ${simulation.blockNumber}, run as ${simulation.executor}`
  const how =
    simulation.method === 'probe'
      ? `Executed by the state-override probe on ${simulation.pools.length} pool${simulation.pools.length === 1 ? '' : 's'}: ${where}.`
      : `Read from the payload's config-engine view functions because ${simulation.fallbackReason ?? 'the probe could not run'}: ${where}.`
  const findings: Finding[] = [
    { check: 'payload-simulation', severity: 'info', title: `${actionLabel(simulation.action)} simulated (${simulation.method === 'probe' ? 'state-override probe' : 'config-engine view functions'})`, why: how },
  ]
  const label = (entry: PayloadSimulation['unmodelled'][number]) => `${entry.field} of ${entry.symbol ?? entry.asset}${entry.field === 'interestRateStrategy' ? '' : ` ${entry.before} → ${entry.after}`}`
  for (const severity of ['warning', 'info'] as const) {
    const entries = simulation.unmodelled.filter((entry) => informational.has(entry.field) === (severity === 'info'))
    if (entries.length > 0)
      findings.push({
        check: 'payload-simulation',
        severity,
        title: `${actionLabel(simulation.action)} also changes what the engine does not model`,
        why: `${entries.map(label).join('; ')}. The numbers below do not include their effect.`,
      })
  }
  return findings
}
