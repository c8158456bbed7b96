// Reading and steering the local Discord and Discourse servers from tests that run inside workerd,
// through their /__test routes (test/servers/discord.ts, discourse.ts).
import type { FaultPlan } from './faults.ts'

/** The server's recorded requests and what it holds (messages, posts, topics). */
export async function serverState<T>(baseUrl: string): Promise<T> {
  const response = await fetch(`${baseUrl}/__test/state`)
  return (await response.json()) as T
}

/** Makes the next requests fail (429 with a delay, a 5xx, committed-then-5xx, slow), or plans an outage or chaos. */
export async function failNext(baseUrl: string, plan: FaultPlan): Promise<void> {
  await fetch(`${baseUrl}/__test/fail`, { method: 'POST', body: JSON.stringify(plan) })
}

/** Clears planned faults (and the request log) so one test's faults never reach the next. */
export async function resetFaults(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/__test/reset`, { method: 'POST' })
}
