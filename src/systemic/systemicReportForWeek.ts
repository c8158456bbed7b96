import type { Env } from '../env.ts'
import type { SystemicReport } from '../model.ts'
import { getSystemicReport } from '../store/systemic/getSystemicReport.ts'
import { saveSystemicReport } from '../store/systemic/saveSystemicReport.ts'
import { buildSystemicReport } from './buildSystemicReport.ts'
import { currentExposureGraph } from './currentExposureGraph.ts'
import { isoWeek } from './isoWeek.ts'

export type SystemicReportForWeekEnv = Pick<Env, 'DB' | 'RPC_URLS' | 'SNAPSHOT_MARKETS' | 'SNAPSHOT_MAX_AGE_MINUTES'>

/**
 * The report of the week `now` falls in: the stored one, or built now (graph from chains where RPC_URLS has them, else
 * the fixture), compared with the latest earlier week's and stored — one per week, the first kept. The cron, the page
 * and `/firebreak systemic` all go through here.
 */
export async function systemicReportForWeek(env: SystemicReportForWeekEnv, now: Date = new Date()): Promise<SystemicReport> {
  const week = isoWeek(now)
  const stored = await getSystemicReport(env.DB, { week })
  if (stored) return stored.report
  const { graph, reads } = await currentExposureGraph(env, now)
  const previous = (await getSystemicReport(env.DB, { before: week }))?.report
  const report = await buildSystemicReport({ graph, week, reads, createdAt: now.toISOString(), ...(previous ? { previous } : {}) })
  return saveSystemicReport(env.DB, report)
}
