import type { ApplyChangesReturnType } from '../engine/applyChanges.ts'
import type { Finding, MarketState, ParameterChange, PayloadSimulation, StressReport, UnknownAction } from '../model.ts'
import type { Policy } from './policy.ts'

export type CheckContext = {
  changes: ParameterChange[]
  unknown: UnknownAction[]
  /** Payload actions run on a chain to find the changes, and how (absent: none were). */
  simulations?: PayloadSimulation[]
  unapplied: ApplyChangesReturnType['unapplied']
  /** The state stands in for another market the proposal names (matched by symbol). */
  standIn: boolean
  stateBefore: MarketState
  stateAfter: MarketState
  before: StressReport
  after: StressReport
  policy: Policy
}

/** One verdict check (seatbelt style): a name and one function from the context to findings. */
export type Check = {
  name: string
  run: (context: CheckContext) => Finding[]
}
