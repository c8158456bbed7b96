import { Hono } from 'hono'
import type { Env } from '../env.ts'
import { renderMessagePage } from '../publish/render/htmlMessagePage.ts'
import { renderSystemicPage } from '../publish/render/systemicPage.ts'
import { getSystemicReport } from '../store/systemic/getSystemicReport.ts'
import { systemicReportForWeek } from '../systemic/systemicReportForWeek.ts'

/**
 * The weekly systemic-risk report, on demand: this week's (built now when the week has none yet) and any stored week,
 * as a page and as JSON.
 */
export const systemic = new Hono<{ Bindings: Env }>()

const weekPattern = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/
const badWeek = (week: string) => `"${week}" is not an ISO week; write it like 2026-W48.`

systemic.get('/systemic', async (c) => c.html(renderSystemicPage({ report: await systemicReportForWeek(c.env) })))

systemic.get('/systemic/:week', async (c) => {
  const week = c.req.param('week')
  if (!weekPattern.test(week)) return c.html(renderMessagePage({ title: 'Not a week', message: badWeek(week) }), 400)
  const stored = await getSystemicReport(c.env.DB, { week })
  return stored ? c.html(renderSystemicPage({ report: stored.report })) : c.html(renderMessagePage({ title: 'No report that week', message: `There is no systemic-risk report for ${week}.` }), 404)
})

systemic.get('/v1/systemic', async (c) => c.json(await systemicReportForWeek(c.env)))

systemic.get('/v1/systemic/:week', async (c) => {
  const week = c.req.param('week')
  if (!weekPattern.test(week)) return c.json({ error: badWeek(week) }, 400)
  const stored = await getSystemicReport(c.env.DB, { week })
  return stored ? c.json(stored.report) : c.json({ error: `There is no systemic-risk report for ${week}.` }, 404)
})
