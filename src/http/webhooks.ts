import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Env } from '../env.ts'
import { InputError } from '../errors.ts'
import { proposalFromLog } from '../sources/chain/proposalFromLog.ts'
import { proposalFromDiscoursePost } from '../sources/discourse/proposalFromDiscoursePost.ts'
import { DEFAULT_SNAPSHOT_GRAPHQL_URL } from '../sources/pollSources.ts'
import { enqueueProposal } from '../sources/queue/enqueueProposal.ts'
import { verifyAlchemySignature } from '../sources/signatures/verifyAlchemySignature.ts'
import { verifyDiscourseSignature } from '../sources/signatures/verifyDiscourseSignature.ts'
import { verifyQuickNodeSignature } from '../sources/signatures/verifyQuickNodeSignature.ts'
import { verifySnapshotSecret } from '../sources/signatures/verifySnapshotSecret.ts'
import { fetchSnapshotProposals } from '../sources/snapshot/fetchSnapshotProposals.ts'
import { proposalFromSnapshot } from '../sources/snapshot/proposalFromSnapshot.ts'
import { onChainKinds } from '../sources/watchedDao.ts'
import { logsFromAlchemy } from '../sources/webhooks/logsFromAlchemy.ts'
import { logsFromQuickNode } from '../sources/webhooks/logsFromQuickNode.ts'
import { isRecord, type WebhookLog } from '../sources/webhooks/webhookLog.ts'
import { listWatchedDaos } from '../store/sources/listWatchedDaos.ts'

/** Largest webhook body accepted; provider batches of logs are far smaller. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024

type WebhookContext = Context<{ Bindings: Env }>
type Tally = { accepted: number; duplicates: number; ignored: number }

/**
 * Webhooks from log providers (Alchemy, QuickNode), Snapshot and Discourse: the fast path to the same
 * proposals the cron finds. Each reads the raw body once, verifies its signature or secret, parses,
 * records the proposal idempotently and queues its check — the check itself runs in the queue consumer.
 * A bad signature is a 401 and a malformed body a 400, both with a reason and nothing stored.
 */
export const webhooks = new Hono<{ Bindings: Env }>()

webhooks.use('*', bodyLimit({ maxSize: MAX_WEBHOOK_BODY_BYTES, onError: (c) => c.json({ error: `Body larger than ${MAX_WEBHOOK_BODY_BYTES} bytes.` }, 413) }))

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new InputError('The body is not valid JSON.', { details: error instanceof Error ? error.message : undefined })
  }
}

function queryChainId(c: WebhookContext): number | null {
  const value = c.req.query('chainId')
  if (value === undefined) return null
  if (!/^\d{1,12}$/.test(value)) throw new InputError('`chainId` must be a positive integer.')
  return Number(value)
}

async function acceptLogs(c: WebhookContext, via: string, chainId: number, logs: WebhookLog[]): Promise<Tally> {
  const daos = (await listWatchedDaos(c.env.DB)).filter((dao) => dao.enabled && dao.address && dao.chainId === chainId && onChainKinds.includes(dao.kind))
  const tally: Tally = { accepted: 0, duplicates: 0, ignored: 0 }
  for (const log of logs) {
    const dao = daos.find((candidate) => candidate.address === log.address)
    let found: ReturnType<typeof proposalFromLog> | null = null
    try {
      found = dao ? proposalFromLog({ kind: dao.kind, chainId, log }) : null
    } catch {
      // Another event of a watched contract (a vote, a queue): not a proposal.
    }
    if (!dao || !found) {
      tally.ignored++
      continue
    }
    const { outcome } = await enqueueProposal(c.env, {
      proposal: found.proposal,
      via,
      watchedDao: dao.id,
      revision: log.blockNumber,
      checkable: found.checkable,
      ...(found.checkable ? {} : { reason: 'payloads are checked from their PayloadCreated events' }),
    })
    if (outcome === 'new' || outcome === 'recorded') tally.accepted++
    else tally.duplicates++
  }
  return tally
}

const notConfigured = (c: WebhookContext, secret: string) => c.json({ error: `${secret} is not configured; this webhook is off.` }, 503)
const badSignature = (c: WebhookContext, reason: string) => c.json({ error: reason }, 401)

webhooks.post('/alchemy', async (c) => {
  if (!c.env.ALCHEMY_SIGNING_KEY) return notConfigured(c, 'ALCHEMY_SIGNING_KEY')
  const body = await c.req.text()
  if (!(await verifyAlchemySignature({ body, signature: c.req.header('x-alchemy-signature'), signingKey: c.env.ALCHEMY_SIGNING_KEY })))
    return badSignature(c, 'X-Alchemy-Signature is missing or is not the HMAC-SHA256 of the body under the signing key.')
  const { chainId: network, logs } = logsFromAlchemy(parseJson(body))
  const chainId = queryChainId(c) ?? network
  if (chainId === null) throw new InputError('Unknown chain: Alchemy named no known network; add ?chainId= to the webhook URL.')
  return c.json(await acceptLogs(c, 'alchemy', chainId, logs))
})

webhooks.post('/quicknode', async (c) => {
  if (!c.env.QUICKNODE_SECURITY_TOKEN) return notConfigured(c, 'QUICKNODE_SECURITY_TOKEN')
  const body = await c.req.text()
  const signed = await verifyQuickNodeSignature({
    body,
    nonce: c.req.header('x-qn-nonce'),
    timestamp: c.req.header('x-qn-timestamp'),
    signature: c.req.header('x-qn-signature'),
    securityToken: c.env.QUICKNODE_SECURITY_TOKEN,
  })
  if (!signed) return badSignature(c, 'X-QN-Signature is missing, stale (X-QN-Timestamp) or not the HMAC-SHA256 of nonce + timestamp + body.')
  const chainId = queryChainId(c)
  if (chainId === null) throw new InputError('Add ?chainId= to the QuickNode webhook URL: Streams deliveries do not name their chain.')
  return c.json(await acceptLogs(c, 'quicknode', chainId, logsFromQuickNode(parseJson(body))))
})

webhooks.post('/snapshot', async (c) => {
  if (!c.env.SNAPSHOT_WEBHOOK_SECRET) return notConfigured(c, 'SNAPSHOT_WEBHOOK_SECRET')
  if (!verifySnapshotSecret({ header: c.req.header('authentication'), secret: c.env.SNAPSHOT_WEBHOOK_SECRET }))
    return badSignature(c, 'The Authentication header does not hold the configured Snapshot webhook secret.')
  const event = parseJson(await c.req.text())
  if (!isRecord(event) || typeof event.event !== 'string' || typeof event.id !== 'string' || typeof event.space !== 'string')
    throw new InputError('Not a Snapshot event: expected { id, event, space }.')
  if (event.event !== 'proposal/created') return c.json({ ignored: `event ${event.event}` }, 202)
  if (!event.id.startsWith('proposal/')) throw new InputError('A proposal/created event whose id is not "proposal/<id>".')
  const dao = (await listWatchedDaos(c.env.DB)).find((candidate) => candidate.enabled && candidate.kind === 'snapshot' && candidate.snapshotSpace === event.space)
  if (!dao) return c.json({ ignored: `space ${event.space} is not watched` }, 202)
  const [snapshot] = await fetchSnapshotProposals({ endpoint: c.env.SNAPSHOT_GRAPHQL_URL ?? DEFAULT_SNAPSHOT_GRAPHQL_URL, query: { id: event.id.slice('proposal/'.length) } })
  if (!snapshot) return c.json({ error: `Snapshot has no proposal ${event.id} yet; the next poll of ${event.space} will find it.` }, 502)
  const { proposal, revision, checkable, reason } = proposalFromSnapshot(snapshot, dao)
  const { outcome } = await enqueueProposal(c.env, { proposal, via: 'snapshot', watchedDao: dao.id, revision, checkable, reason })
  return c.json({ outcome, checkable, ...(reason ? { reason } : {}) })
})

webhooks.post('/discourse', async (c) => {
  if (!c.env.DISCOURSE_WEBHOOK_SECRET) return notConfigured(c, 'DISCOURSE_WEBHOOK_SECRET')
  const body = await c.req.text()
  if (!(await verifyDiscourseSignature({ body, signature: c.req.header('x-discourse-event-signature'), secret: c.env.DISCOURSE_WEBHOOK_SECRET })))
    return badSignature(c, 'X-Discourse-Event-Signature is missing or is not sha256=<HMAC-SHA256 of the body>.')
  const payload = parseJson(body)
  const event = c.req.header('x-discourse-event') ?? ''
  if (event === 'ping') return c.json({ ok: true })
  if (event !== 'post_created' && event !== 'post_edited') return c.json({ ignored: `event ${event || '(none)'}` }, 202)
  const post = isRecord(payload) ? payload.post : undefined
  if (!isRecord(post) || typeof post.topic_id !== 'number' || typeof post.post_number !== 'number' || typeof post.raw !== 'string' || typeof post.topic_title !== 'string')
    throw new InputError('A Discourse post event needs post.topic_id, post.post_number, post.topic_title and post.raw.')
  const instance = (c.req.header('x-discourse-instance') ?? '').replace(/\/+$/, '')
  const dao = (await listWatchedDaos(c.env.DB)).find((candidate) => candidate.enabled && candidate.kind === 'discourse' && candidate.forumUrl === instance)
  if (!dao?.forumUrl) return c.json({ ignored: `forum ${instance || '(no X-Discourse-Instance)'} is not watched` }, 202)
  const found = proposalFromDiscoursePost(
    {
      topic_id: post.topic_id,
      topic_title: post.topic_title,
      post_number: post.post_number,
      raw: post.raw,
      ...(typeof post.topic_slug === 'string' ? { topic_slug: post.topic_slug } : {}),
      ...(typeof post.version === 'number' ? { version: post.version } : {}),
    },
    { ...dao, forumUrl: dao.forumUrl },
  )
  if (!found) return c.json({ ignored: 'not the first post of a risk proposal' }, 202)
  const { outcome } = await enqueueProposal(c.env, { proposal: found.proposal, via: 'discourse', watchedDao: dao.id, revision: found.revision, checkable: found.checkable, reason: found.reason })
  return c.json({ outcome, checkable: found.checkable, ...(found.reason ? { reason: found.reason } : {}) })
})
