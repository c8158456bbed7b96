import type { SystemicReport } from '../../model.ts'
import { getSystemicReport } from './getSystemicReport.ts'

/**
 * Stores the week's report unless the week already has one, and returns the one stored: one report per week, the
 * first kept (a later build of the same week, by the cron or a page view, does not replace it).
 */
export async function saveSystemicReport(db: D1Database, report: SystemicReport): Promise<SystemicReport> {
  await db
    .prepare('INSERT INTO systemic_reports (week, id, graph_hash, engine_version, report, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (week) DO NOTHING')
    .bind(report.week, report.id, report.provenance.graphHash, report.provenance.engineVersion, JSON.stringify(report), report.provenance.createdAt)
    .run()
  return (await getSystemicReport(db, { week: report.week }))?.report ?? report
}
