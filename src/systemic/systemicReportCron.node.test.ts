import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { SYSTEMIC_REPORT_CRON } from './weeklySystemicReport.ts'

test('default: wrangler.toml schedules the weekly report’s cron beside the 5-minute poll', () => {
  const toml = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8')
  const crons = JSON.parse(/^crons = (\[.*\])$/m.exec(toml)?.[1] ?? '[]') as string[]
  expect(crons).toEqual(['*/5 * * * *', SYSTEMIC_REPORT_CRON])
})
