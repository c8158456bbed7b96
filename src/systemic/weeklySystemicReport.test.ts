import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { expect, test, vi } from 'vitest'
import { failNext, serverState } from '../../test/servers/control.ts'
import type { DiscordMessage } from '../../test/servers/discord.ts'
import { runSlashCommand } from '../http/interactions/runSlashCommand.ts'
import type { SystemicReport } from '../model.ts'
import { handleQueue } from '../queue/handleQueue.ts'
import type { QueueMessage } from '../queue/QueueMessage.ts'
import worker from '../worker.ts'
import { ENGINE_VERSION } from '../engine/version.ts'
import { buildSystemicReport } from './buildSystemicReport.ts'
import { SYSTEMIC_REPORT_CRON } from './weeklySystemicReport.ts'

const base = 'http://firebreak.test'
const withDiscord = (channel: string) => ({ ...env, DISCORD_TOKEN: env.TEST_DISCORD_TOKEN, DISCORD_CHANNEL_ID: channel })

async function runWeeklyCron(at: string, overrides: Partial<typeof env>) {
  const controller = createScheduledController({ scheduledTime: new Date(at), cron: SYSTEMIC_REPORT_CRON })
  const context = createExecutionContext()
  await worker.scheduled(controller, { ...env, ...overrides }, context)
  await waitOnExecutionContext(context)
}
async function postedTo(channel: string): Promise<DiscordMessage[]> {
  const { messages } = await serverState<{ messages: DiscordMessage[] }>(env.DISCORD_API_URL as string)
  return messages.filter((message) => message.channel_id === channel)
}
const storedRow = (week: string) => env.DB.prepare('SELECT id, graph_hash, engine_version, discord_message_id FROM systemic_reports WHERE week = ?1').bind(week).first<{ id: string; graph_hash: string; engine_version: string; discord_message_id: string | null }>()

test('default: the weekly cron stores the week’s report, posts it to Discord once, and the page and JSON show it', async () => {
  const channel = '1320000000000000481'
  await runWeeklyCron('2026-11-23T06:00:00Z', withDiscord(channel)) // Monday of 2026-W48
  const row = await storedRow('2026-W48')
  expect(row).toMatchObject({ engine_version: ENGINE_VERSION })
  const [message] = await postedTo(channel)
  expect(message.id).toBe(row?.discord_message_id)
  expect(message.embeds?.[0].title).toBe('Systemic risk, week 2026-W48')
  expect(message.embeds?.[0].url).toBe(`${env.PUBLIC_URL}/systemic/2026-W48`)
  // the fixture graph: stETH's failure costs the most, most of it to Aave v3 Ethereum (1.503B × 78.5 % LTV backed)
  expect(message.embeds?.[0].description).toContain('• stETH (Lido) → Aave v3 Ethereum: $1.18B lost by Aave v3 Ethereum')
  expect(message.embeds?.[0].fields?.[0].name).toBe('stETH (Lido)')

  // a second run in the same week (an overlapping cron, a redeploy) posts nothing more and keeps the report
  await runWeeklyCron('2026-11-24T06:00:00Z', withDiscord(channel))
  expect(await postedTo(channel)).toHaveLength(1)
  expect((await storedRow('2026-W48'))?.id).toBe(row?.id)

  const json = (await (await exports.default.fetch(`${base}/v1/systemic/2026-W48`)).json()) as SystemicReport
  expect(json.id).toBe(row?.id)
  expect(json.provenance).toMatchObject({ graphHash: row?.graph_hash, engineVersion: ENGINE_VERSION, reads: [] })
  expect(json.nodes[0]).toMatchObject({ id: 'steth', path: 'stETH (Lido) → Arbitrum bridge (Lido wstETH gateway) → wstETH on Arbitrum → Aave v3 Arbitrum' })
  const page = await exports.default.fetch(`${base}/systemic/2026-W48`)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain('<svg class="chart"')
  expect((html.match(/<circle class="node"/g) ?? []).length).toBe(json.graph.nodes.length)
  expect(html).toContain('<td>Aave v3 Arbitrum</td>')
  expect(html).toContain(row?.graph_hash)
})

test('behavior: the next week compares with the last and says nothing moved on the same graph; reproducible from the stored graph', async () => {
  const channel = '1320000000000000491'
  await runWeeklyCron('2026-11-30T06:00:00Z', withDiscord(channel)) // 2026-W49
  const report = (await (await exports.default.fetch(`${base}/v1/systemic/2026-W49`)).json()) as SystemicReport
  expect(report.changes).toMatchObject({ previousWeek: '2026-W48', graphChanged: false, added: [], removed: [] })
  expect(report.headline).toContain('nothing moved since 2026-W48')
  expect((await postedTo(channel))[0].embeds?.[0].fields?.at(-1)).toMatchObject({ name: 'Since 2026-W48', value: 'Nothing moved.' })
  // same graph, week and engine → same id and numbers
  const again = await buildSystemicReport({ graph: report.graph, week: report.week, createdAt: 'later' })
  expect(again.id).toBe(report.id)
  expect(again.nodes).toEqual(report.nodes)
})

test('errors: a Discord 5xx leaves the report unposted and queues a retry, which posts it exactly once', async () => {
  const channel = '1320000000000000501'
  const sent: { body: QueueMessage; delaySeconds?: number }[] = []
  const queue = { send: async (body: QueueMessage, options?: { delaySeconds?: number }) => void sent.push({ body, delaySeconds: options?.delaySeconds }) }
  await failNext(env.DISCORD_API_URL as string, [{ status: 502 }])
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  await runWeeklyCron('2026-12-07T06:00:00Z', { ...withDiscord(channel), CHECKS: queue as unknown as typeof env.CHECKS }) // 2026-W50
  warn.mockRestore()
  expect((await storedRow('2026-W50'))?.discord_message_id).toBeNull()
  expect(sent).toEqual([{ body: { kind: 'systemic-post', week: '2026-W50' }, delaySeconds: 10 }]) // publishRetryDelay's first backoff after a 5xx
  // the queue consumer posts it; a second delivery of the same message posts nothing more
  for (const id of ['s1', 's2']) {
    const batch = createMessageBatch<QueueMessage>('firebreak-checks', [{ id, timestamp: new Date(), attempts: 1, body: sent[0].body }])
    await handleQueue(batch, withDiscord(channel))
    expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual([id])
  }
  const messages = await postedTo(channel)
  expect(messages).toHaveLength(1)
  expect((await storedRow('2026-W50'))?.discord_message_id).toBe(messages[0].id)
})

test('errors: a week that is not an ISO week is a 400 with the form to use; a week with no report is a 404', async () => {
  const bad = await exports.default.fetch(`${base}/v1/systemic/2026-48`)
  expect(bad.status).toBe(400)
  expect(((await bad.json()) as { error: string }).error).toContain('2026-W48')
  expect((await exports.default.fetch(`${base}/v1/systemic/2019-W01`)).status).toBe(404)
  expect((await exports.default.fetch(`${base}/systemic/2019-W01`)).status).toBe(404)
})

test('behavior: /firebreak systemic answers with this week’s report, built on demand when the cron has not run', async () => {
  const reply = await runSlashCommand(env, { name: 'systemic' })
  expect(reply.embeds?.[0].title).toMatch(/^Systemic risk, week \d{4}-W\d{2}$/)
  // GET /systemic is the same report
  const page = await (await exports.default.fetch(`${base}/systemic`)).text()
  expect(page).toContain(reply.embeds?.[0].title?.replace('Systemic risk, week ', 'Weekly systemic-risk report, '))
})
