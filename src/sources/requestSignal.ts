/** The signal for one HTTP request: its own timeout, and the budget of the job it is part of when there is one. */
export function requestSignal(timeoutMs: number, budget?: AbortSignal): AbortSignal {
  return budget ? AbortSignal.any([budget, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs)
}
