import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Env } from '../env.ts'
import { InputError } from '../errors.ts'
import { checkProposal } from '../pipeline.ts'
import { verdictJson, wantsFull } from '../publish/render/verdictJson.ts'
import { parseProposalInput } from '../protocols/parseProposalInput.ts'
import { getVerdictInput } from '../store/getVerdictInput.ts'
import { listVerdicts } from '../store/listVerdicts.ts'
import { cachedByVerdictId } from './cachedByVerdictId.ts'
import { rateLimitChecks } from './rateLimitChecks.ts'

/** Largest request body POST /v1/check accepts: a proposal with hundreds of actions fits easily. */
export const MAX_CHECK_BODY_BYTES = 256 * 1024

/** The JSON API under /v1. */
export const api = new Hono<{ Bindings: Env }>()

// A pre-check: the verdict is stored and returned, never posted to Discord or a forum (only proposals the
// watched sources find are published), so the response claims no post.
api.post(
  '/check',
  rateLimitChecks,
  bodyLimit({ maxSize: MAX_CHECK_BODY_BYTES, onError: (c) => c.json({ error: `Body larger than ${MAX_CHECK_BODY_BYTES} bytes.` }, 413) }),
  async (c) => {
    const text = await c.req.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch (error) {
      throw new InputError('The body is not valid JSON.', { details: error instanceof Error ? error.message : undefined })
    }
    const seed = c.req.query('seed') ?? (typeof body === 'object' && body && 'seed' in body ? String(body.seed) : undefined)
    if (seed !== undefined && !/^\d{1,9}$/.test(seed)) throw new InputError('`seed` must be a whole number below 10^9.')
    const { proposal, changes } = parseProposalInput(body)
    const { verdict } = await checkProposal(c.env, { proposal, changes, ...(seed === undefined ? {} : { seed: Number(seed) }) })
    return c.json({ ...verdictJson(verdict, { full: wantsFull(c.req.query('full')) }), url: `${c.env.PUBLIC_URL}/verdicts/${verdict.id}` }, 201)
  },
)

api.get('/verdicts', async (c) => c.json({ verdicts: await listVerdicts(c.env.DB, { limit: Number(c.req.query('limit') ?? 50) || 50 }) }))

api.get('/verdicts/:id', (c) => {
  const full = wantsFull(c.req.query('full'))
  return cachedByVerdictId(c, { kind: full ? 'full-json' : 'json', render: (verdict) => c.json(verdictJson(verdict, { full })), notFound: (id) => c.json({ error: `No verdict ${id}.` }, 404) })
})

api.get('/verdicts/:id/input', async (c) => {
  const input = await getVerdictInput(c.env.DB, c.req.param('id'))
  return input ? c.json(input) : c.json({ error: `No verdict ${c.req.param('id')}.` }, 404)
})
