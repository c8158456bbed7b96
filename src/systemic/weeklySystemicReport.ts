import type { Env } from '../env.ts'
import { PublishError } from '../publish/PublishError.ts'
import { publishRetryDelay } from '../publish/publishRetryDelay.ts'
import { postSystemicReport } from './postSystemicReport.ts'
import { systemicReportForWeek } from './systemicReportForWeek.ts'

/** The weekly report's cron (Mondays 06:00 UTC); wrangler.toml `[triggers] crons` lists it beside the 5-minute poll. */
export const SYSTEMIC_REPORT_CRON = '0 6 * * 1'

/**
 * The weekly cron: this week's report built (or the stored one taken) and posted to Discord once. A post that fails in
 * a way worth retrying goes to the CHECKS queue with the delay Discord asked for (handleQueue: `systemic-post`).
 */
export async function weeklySystemicReport(env: Env, now: Date = new Date()): Promise<void> {
  const report = await systemicReportForWeek(env, now)
  try {
    const outcome = await postSystemicReport(env, report.week, now)
    console.log(`[systemic] ${report.week} (${report.id}): ${outcome}`)
  } catch (error) {
    if (error instanceof PublishError && !error.retryable) {
      console.error(`[systemic] ${report.week} not posted for good: ${error.message}`)
      return
    }
    const delaySeconds = Math.ceil(publishRetryDelay(1, error) / 1000)
    console.warn(`[systemic] ${report.week} post failed, retrying in ${delaySeconds}s: ${error instanceof Error ? error.message : String(error)}`)
    await env.CHECKS.send({ kind: 'systemic-post', week: report.week }, { delaySeconds })
  }
}
