import Decimal from 'decimal.js'
import type { Finding, ParameterChange } from '../../model.ts'
import type { Check } from '../check.ts'
import { formatChange } from '../format.ts'

const ratioParams = new Set<ParameterChange['param']>(['collateralFactor', 'liquidationThreshold', 'liquidationBonus'])
const capParams = new Set<ParameterChange['param']>(['supplyCap', 'borrowCap'])

/** A step larger than a risk steward could take alone deserves a closer look (Aave's steward bounds by default). */
export const stewardStep: Check = {
  name: 'steward-step',
  run: ({ changes, policy }) =>
    changes.flatMap((change): Finding[] => {
      const { before } = change
      if (before === undefined || !/^-?\d+(\.\d+)?$/.test(before) || !/^-?\d+(\.\d+)?$/.test(change.after)) return []
      const from = new Decimal(before)
      const to = new Decimal(change.after)
      const label = formatChange(change)
      if (ratioParams.has(change.param) && to.minus(from).abs().gt(policy.stewardStep.ratioPoints))
        return [finding(label, `A move of ${signed(to.minus(from).times(100).toDecimalPlaces(2))} percentage points; a risk steward may move it by ${new Decimal(policy.stewardStep.ratioPoints).times(100)} percentage points at most.`)]
      if (capParams.has(change.param) && !from.isZero() && to.div(from).minus(1).abs().gt(policy.stewardStep.capRelative))
        return [finding(label, `A cap move of ${signed(to.div(from).minus(1).times(100).toDecimalPlaces(0))} %; a risk steward may move a cap by ${new Decimal(policy.stewardStep.capRelative).times(100)} % at most.`)]
      return []
    }),
}

/** "+2", "−2": a step with its direction, the minus sign typeset. */
function signed(value: Decimal): string {
  return value.isNegative() ? `−${value.abs()}` : `+${value}`
}

function finding(title: string, why: string): Finding {
  return { check: 'steward-step', severity: 'warning', title: `Larger than a steward step: ${title}`, why }
}
