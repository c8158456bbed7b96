// npm run probe:reliability — the long version of the exactly-once tests, against `wrangler dev` on a random
// port with the local Discord, Discourse and Snapshot servers (test/servers). Forum and Snapshot proposals
// arrive through signed webhooks, each delivery sent `--duplicates` times at once, edits arrive with older
// versions re-delivered after them, and crons overlap; meanwhile both publishers fail `--fault-rate` of their
// requests (429, 5xx, creates carried out but answered 5xx, answers slower than the client's timeout), and
// Discord answers 429 to everything for `--outage` seconds. When every proposal has settled (or the time is
// up) it counts, from what the servers hold: proposals whose newest verdict is not shown exactly once on
// Discord and once in the forum (lost), and proposals shown more than once by either (doubled), and prints
// one line: "lost N, doubled M". Not part of `npm test` (it takes a few minutes).
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { proposalKey } from '../../src/check.ts'
import type { Verdict } from '../../src/model.ts'
import { hmacSha256Hex } from '../../src/sources/signatures/hmacSha256Hex.ts'
import type { ProposalState } from '../../src/store/sources/listProposalStates.ts'
import { startDiscordServer } from '../servers/discord.ts'
import { startDiscourseServer } from '../servers/discourse.ts'
import type { Fault } from '../servers/faults.ts'
import { startSnapshotServer } from '../servers/snapshot.ts'

const { values: args } = parseArgs({
  options: {
    duplicates: { type: 'string', default: '10' },
    'fault-rate': { type: 'string', default: '0.3' },
    outage: { type: 'string', default: '60' },
    forum: { type: 'string', default: '4' },
    snapshot: { type: 'string', default: '3' },
    'timeout-minutes': { type: 'string', default: '12' },
    seed: { type: 'string', default: '17' },
  },
})
const duplicates = Number(args.duplicates)
const faultRate = Number(args['fault-rate'])
const outageSeconds = Number(args.outage)
const forumCount = Number(args.forum)
const snapshotCount = Number(args.snapshot)
const seed = Number(args.seed)

const market = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'
const channel = '1399000000000000001'
const secrets = { snapshot: 'probe-snapshot-secret', discourse: 'probe-discourse-secret', admin: 'probe-admin-token' }
const space = 'probe.eth'
const wrangler = join(process.cwd(), 'node_modules', '.bin', 'wrangler')
const started = Date.now()
const log = (line: string) => console.log(`[probe ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// What real services do under load: refused (429), failed (5xx), carried out but answered 5xx, slower than
// the Worker's 10 s request timeout (the service finishes the request after the client gave up).
const chaos: Fault[] = [
  { status: 429, retryAfter: 1 },
  { status: 502 },
  { status: 503 },
  { status: 502, commit: true },
  { status: 500, commit: true },
  { delayMs: 11_000 },
]

/** A forum table the Discourse and Snapshot sources parse into a liquidation-threshold change for WETH. */
const table = (after: string) => `Proposed update.\n\n| Asset | Current LT | Recommended LT |\n| --- | --- | --- |\n| WETH | 83% | ${after}% |\n`

async function main(): Promise<number> {
  const discord = await startDiscordServer()
  const forum = await startDiscourseServer()
  const snapshot = await startSnapshotServer()
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  const base = `http://127.0.0.1:${port}`
  const state = await mkdtemp(join(tmpdir(), 'firebreak-probe-'))
  const vars = {
    SEED_FIXTURES: 'false',
    PUBLIC_URL: base,
    DISCORD_TOKEN: discord.token,
    DISCORD_CHANNEL_ID: channel,
    DISCORD_API_URL: discord.api,
    DISCOURSE_URL: forum.url,
    DISCOURSE_API_KEY: forum.apiKey,
    DISCOURSE_API_USERNAME: forum.apiUsername,
    SNAPSHOT_GRAPHQL_URL: snapshot.url,
    SNAPSHOT_WEBHOOK_SECRET: secrets.snapshot,
    DISCOURSE_WEBHOOK_SECRET: secrets.discourse,
    ADMIN_TOKEN: secrets.admin,
  }
  await writeFile(join(state, 'probe.env'), Object.entries(vars).map(([key, value]) => `${key}=${value}`).join('\n'))
  let dev: ChildProcess | undefined
  try {
    await run(wrangler, ['d1', 'migrations', 'apply', 'firebreak', '--local', '--persist-to', state])
    dev = spawn(wrangler, ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', state, '--env-file', join(state, 'probe.env')], {
      detached: true,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    await ready(dev, base)
    log(`wrangler dev on ${base}; Discord ${discord.api}, Discourse ${forum.url}, Snapshot ${snapshot.url}`)

    const api = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, init)
    const admin = { authorization: `Bearer ${secrets.admin}`, 'content-type': 'application/json' }
    // Watch only the probe's forum and Snapshot space (the defaults would reach for the internet).
    const { daos } = (await (await api('/v1/daos')).json()) as { daos: { id: string }[] }
    for (const dao of daos) await api(`/v1/daos/${dao.id}`, { method: 'DELETE', headers: admin })
    await expectOk(api('/v1/daos/probe-forum', { method: 'PUT', headers: admin, body: JSON.stringify({ kind: 'discourse', chainId: 1, protocol: 'aave-v3', market, forumUrl: forum.url, forumCategory: 'governance/4' }) }))
    await expectOk(api('/v1/daos/probe-snapshot', { method: 'PUT', headers: admin, body: JSON.stringify({ kind: 'snapshot', chainId: 1, protocol: 'aave-v3', market, snapshotSpace: space }) }))

    const cron = () => api('/cdn-cgi/handler/scheduled').catch(() => undefined)
    const crons = (count: number) => Promise.all(Array.from({ length: count }, cron))
    const times = async (count: number, send: () => Promise<unknown>) => Promise.all(Array.from({ length: count }, () => send().catch(() => undefined)))
    let deliveries = 0
    const forumPost = async (topic: { id: number; title: string; slug: string }, version: number, after: string) => {
      const body = JSON.stringify({ post: { topic_id: topic.id, post_number: 1, topic_title: topic.title, topic_slug: topic.slug, raw: table(after), version } })
      const headers = {
        'content-type': 'application/json',
        'x-discourse-event': version === 1 ? 'post_created' : 'post_edited',
        'x-discourse-instance': forum.url,
        'x-discourse-event-signature': `sha256=${await hmacSha256Hex(secrets.discourse, body)}`,
      }
      deliveries += duplicates
      await times(duplicates, () => api('/webhooks/discourse', { method: 'POST', headers, body }))
    }
    const snapshotCreated = async (id: string) => {
      deliveries += duplicates
      const body = JSON.stringify({ id: `proposal/${id}`, event: 'proposal/created', space, expire: 0 })
      await times(duplicates, () => api('/webhooks/snapshot', { method: 'POST', headers: { 'content-type': 'application/json', authentication: secrets.snapshot }, body }))
    }

    // What each proposal should end up showing: its newest version's WETH liquidation threshold.
    const expected = new Map<string, { label: string; after: string; topicId: number }>()
    const forumHost = new URL(forum.url).host
    const forumTopics = Array.from({ length: forumCount + 1 }, (_, index) => forum.addTopic({ title: `[ARFC] Probe ${index + 1}: WETH risk parameter update`, categoryId: 4 }))
    const snapshotTopics = Array.from({ length: snapshotCount + 1 }, (_, index) => forum.addTopic({ title: `Discussion of Snapshot probe ${index + 1}`, categoryId: 9 }))
    const putSnapshot = (index: number, after: string, updated: number | null) => {
      const id = `0xprobe${seed}${index}`
      const topic = snapshotTopics[index]
      snapshot.proposals.set(id, {
        id,
        title: `[ARFC] Snapshot probe ${index + 1}: WETH LT`,
        body: `${table(after)}\nDiscussion: ${forum.url}/t/${topic.slug}/${topic.id}`,
        link: null,
        network: '1',
        created: 1_800_000_000 + index,
        updated,
        space: { id: space },
      })
      expected.set(proposalKey({ source: 'snapshot', chainId: 1, governor: space, id }), { label: `snapshot ${index + 1}`, after: `0.${after}`, topicId: topic.id })
      return id
    }

    discord.plan({ chaos: { rate: faultRate, seed, faults: chaos } })
    forum.plan({ chaos: { rate: faultRate, seed: seed + 1, faults: chaos } })
    log(`chaos on: ${faultRate * 100} % of Discord and Discourse requests fail (429, 5xx, committed-then-5xx, slower than the timeout)`)

    // Phase 1: every proposal delivered `duplicates` times at once, crons overlapping.
    await Promise.all([
      ...forumTopics.slice(0, forumCount).map((topic, index) => {
        expected.set(proposalKey({ source: 'discourse', chainId: 1, governor: forumHost, id: String(topic.id) }), { label: `forum ${index + 1}`, after: '0.84', topicId: topic.id })
        return forumPost(topic, 1, '84')
      }),
      ...Array.from({ length: snapshotCount }, (_, index) => snapshotCreated(putSnapshot(index, '84', null))),
      crons(3),
    ])
    log(`phase 1: ${forumCount} forum and ${snapshotCount} Snapshot proposals, each delivered ${duplicates}× at once, 3 crons overlapping`)
    // Edits: version 2 of two forum proposals, then their version 1 delivered again (out of order).
    for (const topic of forumTopics.slice(0, 2)) {
      await forumPost(topic, 2, '85')
      expected.get(proposalKey({ source: 'discourse', chainId: 1, governor: forumHost, id: String(topic.id) }))!.after = '0.85'
    }
    for (const topic of forumTopics.slice(0, 2)) await forumPost(topic, 1, '84')
    log('edits: version 2 of forum 1–2, then their version 1 again (stale)')
    await sleep(15_000)

    // Phase 2: Discord answers 429 to everything; proposals and versions keep arriving.
    discord.plan({ outage: { fault: { status: 429, retryAfter: 5 }, forMs: outageSeconds * 1000 } })
    log(`outage: Discord answers 429 to everything for ${outageSeconds} s`)
    const late = forumTopics[forumCount]
    expected.set(proposalKey({ source: 'discourse', chainId: 1, governor: forumHost, id: String(late.id) }), { label: `forum ${forumCount + 1}`, after: '0.84', topicId: late.id })
    await forumPost(late, 1, '84')
    await forumPost(forumTopics[2], 2, '86')
    expected.get(proposalKey({ source: 'discourse', chainId: 1, governor: forumHost, id: String(forumTopics[2].id) }))!.after = '0.86'
    putSnapshot(0, '87', 1_800_000_100) // an edit the next cron reads
    await snapshotCreated(putSnapshot(snapshotCount, '84', null))
    await crons(3)
    log('during the outage: a new forum proposal, version 2 of forum 3, an edit of Snapshot 1 (found by the cron), a new Snapshot proposal')

    // Until everything settles: crons every 10 s (two at once), which also re-drive overdue publications.
    const deadline = started + Number(args['timeout-minutes']) * 60_000
    let settled = false
    while (Date.now() < deadline) {
      await crons(2)
      const rows = await proposalRows(api)
      const waiting = [...expected.keys()].filter((key) => rows.get(key)?.state !== 'posted')
      const stale = await staleVerdicts(api, rows, expected)
      if (waiting.length === 0 && stale.length === 0 && Date.now() - started > (outageSeconds + 20) * 1000) {
        settled = true
        break
      }
      log(`waiting for ${waiting.length + stale.length} of ${expected.size}: ${[...waiting.map((key) => `${expected.get(key)!.label} ${rows.get(key)?.state ?? 'unseen'}`), ...stale].join(', ')}`)
      await sleep(10_000)
    }
    discord.plan({ chaos: null })
    forum.plan({ chaos: null })

    // Count what the services hold, per proposal.
    const rows = await proposalRows(api)
    const verdictKeys = new Map<string, string>()
    const keyOf = async (verdictId: string) => {
      if (!verdictKeys.has(verdictId)) {
        const verdict = (await (await api(`/v1/verdicts/${verdictId}`)).json()) as Verdict
        verdictKeys.set(verdictId, proposalKey(verdict.proposal))
      }
      return verdictKeys.get(verdictId) as string
    }
    const verdictIn = (text: string) => text.match(/\/verdicts\/([0-9a-f]{16})/)?.[1]
    const shown = new Map<string, { discord: string[]; forum: string[] }>()
    const entry = (key: string) => shown.get(key) ?? shown.set(key, { discord: [], forum: [] }).get(key)!
    for (const message of discord.messages.values()) {
      const verdictId = message.channel_id === channel ? verdictIn(message.embeds?.[0] ? JSON.stringify(message.embeds[0]) : '') : undefined
      if (verdictId) entry(await keyOf(verdictId)).discord.push(verdictId)
    }
    for (const post of forum.posts.values()) {
      const verdictId = post.username === forum.apiUsername ? verdictIn(post.raw) : undefined
      if (verdictId) entry(await keyOf(verdictId)).forum.push(verdictId)
    }
    let lost = 0
    let doubled = 0
    for (const [key, want] of expected) {
      const row = rows.get(key)
      const { discord: messages, forum: replies } = shown.get(key) ?? { discord: [], forum: [] }
      const newest = row?.verdictId ?? null
      const after = newest ? ((await (await api(`/v1/verdicts/${newest}`)).json()) as Verdict).changes[0]?.after : undefined
      const isLost = row?.state !== 'posted' || after !== want.after || messages.length === 0 || replies.length === 0 || messages.some((id) => id !== newest) || replies.some((id) => id !== newest)
      const isDoubled = messages.length > 1 || replies.length > 1
      lost += isLost ? 1 : 0
      doubled += isDoubled ? 1 : 0
      log(`${want.label.padEnd(11)} ${String(row?.state).padEnd(10)} LT ${after} (want ${want.after}) · Discord ${messages.length} · forum ${replies.length}${isLost ? ' · LOST' : ''}${isDoubled ? ' · DOUBLED' : ''}`)
    }
    const stray = [...shown.keys()].filter((key) => !expected.has(key))
    log(
      `${expected.size} proposals, ${deliveries} webhook deliveries, ${discord.requests.length + forum.requests.length} publisher requests, ` +
        `${discord.faultsInjected() + forum.faultsInjected()} faults injected, ${settled ? 'settled' : 'NOT settled'} in ${((Date.now() - started) / 1000).toFixed(0)} s${stray.length ? `, ${stray.length} posts of unexpected proposals` : ''}`,
    )
    console.log(`lost ${lost}, doubled ${doubled}`)
    return lost === 0 && doubled === 0 && stray.length === 0 ? 0 : 1
  } finally {
    if (dev?.pid) {
      try {
        process.kill(-dev.pid, 'SIGTERM')
      } catch {}
    }
    await Promise.all([discord.close(), forum.close(), snapshot.close()])
    await rm(state, { recursive: true, force: true })
  }
}

async function proposalRows(api: (path: string) => Promise<Response>): Promise<Map<string, ProposalState>> {
  const { proposals } = (await (await api('/v1/proposals?limit=500')).json()) as { proposals: ProposalState[] }
  return new Map(proposals.map((row) => [row.key, row]))
}

/** Proposals posted, but with a verdict that is not their newest version's (an edit not yet checked). */
async function staleVerdicts(api: (path: string) => Promise<Response>, rows: Map<string, ProposalState>, expected: Map<string, { label: string; after: string }>): Promise<string[]> {
  const stale: string[] = []
  for (const [key, want] of expected) {
    const verdictId = rows.get(key)?.verdictId
    if (rows.get(key)?.state !== 'posted' || !verdictId) continue
    const after = ((await (await api(`/v1/verdicts/${verdictId}`)).json()) as Verdict).changes[0]?.after
    if (after !== want.after) stale.push(`${want.label} shows LT ${after}, not ${want.after}`)
  }
  return stale
}

async function expectOk(response: Promise<Response>): Promise<void> {
  const answer = await response
  if (!answer.ok) throw new Error(`${answer.url} answered ${answer.status}: ${await answer.text()}`)
}

function run(command: string, argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${argv.join(' ')} exited ${code}:\n${output}`))))
  })
}

async function ready(dev: ChildProcess, base: string): Promise<void> {
  let output = ''
  dev.stdout?.on('data', (chunk) => (output += chunk))
  dev.stderr?.on('data', (chunk) => (output += chunk))
  for (let waited = 0; waited < 90_000; waited += 500) {
    if (dev.exitCode !== null) throw new Error(`wrangler dev exited ${dev.exitCode}:\n${output}`)
    if (/Ready on/.test(output) && (await fetch(`${base}/healthz`).then((response) => response.ok).catch(() => false))) return
    await sleep(500)
  }
  throw new Error(`wrangler dev did not start in 90 s:\n${output}`)
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
