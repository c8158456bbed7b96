import { Hono } from 'hono'
import type { Env } from '../env.ts'
import { InputError } from '../errors.ts'
import type { Address, ProtocolFamily } from '../model.ts'
import { constantTimeEqual } from '../sources/signatures/constantTimeEqual.ts'
import type { WatchedDao, WatchedSourceKind } from '../sources/watchedDao.ts'
import { listProposalStates, type ProposalState } from '../store/sources/listProposalStates.ts'
import { listWatchedDaos } from '../store/sources/listWatchedDaos.ts'
import { putWatchedDao } from '../store/sources/putWatchedDao.ts'
import { removeWatchedDao } from '../store/sources/removeWatchedDao.ts'

const states: ProposalState['state'][] = ['seen', 'checking', 'publishing', 'posted', 'failed']
const kinds: WatchedSourceKind[] = ['governor', 'governor-bravo', 'aave-governance-v3', 'aave-payloads-controller', 'snapshot', 'discourse']
const protocols: ProtocolFamily[] = ['aave-v2', 'aave-v3', 'compound-v2', 'compound-v3']

/** Discovered proposals and the watch list, under /v1. */
export const sourcesApi = new Hono<{ Bindings: Env }>()

/**
 * Each discovered proposal and where it is: seen, checking, publishing, posted (every configured publisher
 * confirmed) or failed (with the reason), and each publisher's own state (pending, posted, failed-retrying
 * with the last error and the next attempt, failed, skipped).
 */
sourcesApi.get('/proposals', async (c) => {
  const state = c.req.query('state')
  if (state !== undefined && !states.includes(state as ProposalState['state'])) throw new InputError(`\`state\` must be one of ${states.join(', ')}.`)
  const limit = Number(c.req.query('limit') ?? 100) || 100
  return c.json({ proposals: await listProposalStates(c.env.DB, { ...(state ? { state: state as ProposalState['state'] } : {}), limit }) })
})

// The watch list is operator configuration: readable by all, changed only with ADMIN_TOKEN.
sourcesApi.get('/daos', async (c) => c.json({ daos: await listWatchedDaos(c.env.DB) }))

sourcesApi.on(['PUT', 'DELETE'], '/daos/*', async (c, next) => {
  if (!c.env.ADMIN_TOKEN) return c.json({ error: 'ADMIN_TOKEN is not configured; the watch list is read-only.' }, 503)
  if (!constantTimeEqual(c.req.header('authorization') ?? '', `Bearer ${c.env.ADMIN_TOKEN}`)) return c.json({ error: 'Changing the watch list needs Authorization: Bearer <ADMIN_TOKEN>.' }, 401)
  await next()
})

const address = (value: unknown, field: string): Address | null => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(value)) throw new InputError(`\`${field}\` must be a 20-byte hex address.`)
  return value as Address
}
const text = (value: unknown, field: string): string | null => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') throw new InputError(`\`${field}\` must be a string.`)
  return value
}

/** Reads a watched DAO from a request body; every field is checked and named when wrong. */
function readWatchedDao(id: string, body: unknown): WatchedDao {
  if (typeof body !== 'object' || body === null) throw new InputError('Expected a JSON object describing the watched source.')
  const input = body as Record<string, unknown>
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) throw new InputError('The id must be lowercase letters, digits and dashes (at most 64).')
  if (!kinds.includes(input.kind as WatchedSourceKind)) throw new InputError(`\`kind\` must be one of ${kinds.join(', ')}.`)
  if (!protocols.includes(input.protocol as ProtocolFamily)) throw new InputError(`\`protocol\` must be one of ${protocols.join(', ')}.`)
  if (!Number.isSafeInteger(input.chainId) || (input.chainId as number) <= 0) throw new InputError('`chainId` must be a positive integer.')
  const dao: WatchedDao = {
    id,
    name: text(input.name, 'name') ?? id,
    kind: input.kind as WatchedSourceKind,
    chainId: input.chainId as number,
    address: address(input.address, 'address'),
    protocol: input.protocol as ProtocolFamily,
    market: address(input.market, 'market'),
    snapshotSpace: text(input.snapshotSpace, 'snapshotSpace'),
    forumUrl: text(input.forumUrl, 'forumUrl'),
    forumCategory: text(input.forumCategory, 'forumCategory'),
    discordChannel: text(input.discordChannel, 'discordChannel'),
    startBlock: input.startBlock === undefined || input.startBlock === null ? null : Number(input.startBlock),
    enabled: input.enabled !== false,
  }
  if (dao.startBlock !== null && (!Number.isSafeInteger(dao.startBlock) || dao.startBlock < 0)) throw new InputError('`startBlock` must be a block number.')
  if (['governor', 'governor-bravo', 'aave-governance-v3', 'aave-payloads-controller'].includes(dao.kind) && !dao.address) throw new InputError(`A ${dao.kind} source needs its \`address\`.`)
  if (dao.kind === 'snapshot' && !dao.snapshotSpace) throw new InputError('A snapshot source needs its `snapshotSpace`.')
  if (dao.kind === 'discourse' && !(dao.forumUrl && /^https?:\/\/[^/]+/.test(dao.forumUrl))) throw new InputError('A discourse source needs its `forumUrl` (https://host).')
  return dao
}

sourcesApi.put('/daos/:id', async (c) => {
  let body: unknown
  try {
    body = JSON.parse(await c.req.text())
  } catch {
    throw new InputError('The body is not valid JSON.')
  }
  const dao = readWatchedDao(c.req.param('id'), body)
  await putWatchedDao(c.env.DB, dao)
  return c.json({ dao })
})

sourcesApi.delete('/daos/:id', async (c) => {
  const removed = await removeWatchedDao(c.env.DB, c.req.param('id'))
  return removed ? c.json({ removed: c.req.param('id') }) : c.json({ error: `No watched source ${c.req.param('id')}.` }, 404)
})
