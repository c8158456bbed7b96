import type { SystemicReport } from '../../model.ts'

export type StoredSystemicReport = { report: SystemicReport; discordMessageId: string | null }

/**
 * A week's report; with `before`, the latest report of an earlier week (last week's, for what changed); with
 * neither, the latest report. Null when there is none.
 */
export async function getSystemicReport(db: D1Database, where: { week?: string; before?: string } = {}): Promise<StoredSystemicReport | null> {
  const statement = where.week
    ? db.prepare('SELECT report, discord_message_id FROM systemic_reports WHERE week = ?1').bind(where.week)
    : where.before
      ? db.prepare('SELECT report, discord_message_id FROM systemic_reports WHERE week < ?1 ORDER BY week DESC LIMIT 1').bind(where.before)
      : db.prepare('SELECT report, discord_message_id FROM systemic_reports ORDER BY week DESC LIMIT 1')
  const row = await statement.first<{ report: string; discord_message_id: string | null }>()
  return row ? { report: JSON.parse(row.report) as SystemicReport, discordMessageId: row.discord_message_id } : null
}
