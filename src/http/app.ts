import { Hono } from 'hono'
import type { Env } from '../env.ts'
import { BaseError, InputError } from '../errors.ts'
import { api } from './api.ts'
import { interactions } from './interactions.ts'
import { pages } from './pages.ts'
import { sourcesApi } from './sources.ts'
import { systemic } from './systemic.ts'
import { webhooks } from './webhooks.ts'

/** The Worker's HTTP surface: each sub-app is one surface, mounted here. */
export const app = new Hono<{ Bindings: Env }>()

app.get('/healthz', (c) => c.json({ ok: true }))
app.route('/v1', api)
app.route('/v1', sourcesApi)
app.route('/webhooks', webhooks)
app.route('/interactions', interactions)
app.route('/', systemic)
app.route('/', pages)

app.notFound((c) => c.json({ error: `No route for ${c.req.method} ${new URL(c.req.url).pathname}.` }, 404))

app.onError((error, c) => {
  if (error instanceof InputError) return c.json({ error: error.shortMessage, ...(error.details ? { details: error.details } : {}) }, 400)
  console.error(error)
  return c.json({ error: error instanceof BaseError ? error.shortMessage : 'Internal error; nothing was stored.' }, 500)
})
