import type { Check } from '../check.ts'
import { actionLabel } from '../format.ts'

/** Every call Firebreak could not decode is named: the verdict cannot vouch for what it does. */
export const undecodedActions: Check = {
  name: 'undecoded-actions',
  run: ({ unknown }) =>
    unknown.map((action) => ({
      check: 'undecoded-actions',
      severity: 'review',
      title: `${actionLabel(action.action)} could not be simulated`,
      why: `${action.signature || action.selector || 'call'} on ${action.target}: ${action.reason}. Its effect is not in the numbers below.`,
    })),
}
