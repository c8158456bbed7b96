import { mulberry32 } from '../../src/engine/random/mulberry32.ts'

// Faults the local Discord and Discourse servers inject, so tests and the reliability probe can reproduce
// what real services do under load: a 429 with the delay to wait, a 5xx, a request the service carried out
// but answered 5xx to (the ambiguous failure), a slow answer, and an outage that lasts a while.

export type Fault = {
  /** Answer this status instead of the real answer; omitted: the real answer (after `delayMs`). */
  status?: 429 | 500 | 502 | 503
  /** For a 429: seconds to wait (Discord's `retry_after`, Discourse's `extras.wait_seconds`). */
  retryAfter?: number
  /** Discord: a global rate limit. */
  global?: boolean
  /** Discourse: send the Retry-After header (default) or only the body's wait_seconds. */
  header?: boolean
  /** Carry the request out first (a message is created, an edit applied), then answer `status`. */
  commit?: boolean
  /** Wait this long before handling the request (a slow service; a client may time out meanwhile). */
  delayMs?: number
}

/** What a test asks for through POST /__test/fail: faults for the next requests, an outage, or seeded chaos. */
export type FaultPlan =
  | Fault[]
  | {
      next?: Fault[]
      /** Every request fails this way for `forMs` from now. */
      outage?: { fault: Fault; forMs: number }
      /** Each request fails with probability `rate`, with one of `faults` (seeded, so a run can be repeated). */
      chaos?: { rate: number; seed: number; faults: Fault[] } | null
    }

export type Faults = {
  /** The fault for the request arriving now, if any. */
  take(): Fault | undefined
  /** How many faults have been injected so far. */
  injected(): number
  plan(plan: FaultPlan): void
  reset(): void
}

export function createFaults(): Faults {
  const queue: Fault[] = []
  let outage: { fault: Fault; until: number } | null = null
  let chaos: { rate: number; faults: Fault[]; random: () => number } | null = null
  let injected = 0
  const pick = (): Fault | undefined => {
    const queued = queue.shift()
    if (queued) return queued
    if (outage && Date.now() < outage.until) return outage.fault
    if (chaos && chaos.random() < chaos.rate) return chaos.faults[Math.floor(chaos.random() * chaos.faults.length)]
    return undefined
  }
  return {
    take() {
      const fault = pick()
      if (fault) injected++
      return fault
    },
    injected: () => injected,
    plan(plan) {
      if (Array.isArray(plan)) return void queue.push(...plan)
      if (plan.next) queue.push(...plan.next)
      if (plan.outage) outage = { fault: plan.outage.fault, until: Date.now() + plan.outage.forMs }
      if (plan.chaos !== undefined) chaos = plan.chaos && { rate: plan.chaos.rate, faults: plan.chaos.faults, random: mulberry32(plan.chaos.seed) }
    },
    reset() {
      queue.length = 0
      outage = null
      chaos = null
    },
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What a server built on `faults` offers tests that run beside it in Node. */
export function faultControls(faults: Faults) {
  return {
    /** The next requests (any route) fail this way, in order. */
    failNext: (...next: Fault[]) => faults.plan(next),
    /** Queued faults, an outage or seeded chaos (see FaultPlan). */
    plan: (plan: FaultPlan) => faults.plan(plan),
    /** How many faults have been injected so far. */
    faultsInjected: () => faults.injected(),
  }
}
