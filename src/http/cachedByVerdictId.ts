import type { Context } from 'hono'
import type { Env } from '../env.ts'
import type { Verdict } from '../model.ts'
import { getVerdict } from '../store/getVerdict.ts'

export type CachedByVerdictIdParameters = {
  /**
   * 'json': the stored verdict without its per-scenario dump, 'full-json': with it — each the same for good (an id
   * names its content). 'html': its page, which this deployment renders.
   */
  kind: 'json' | 'full-json' | 'html'
  /** Renders the verdict read on a miss. */
  render: (verdict: Verdict) => Response | Promise<Response>
  /** The answer when there is no such verdict (not cached). */
  notFound: (id: string) => Response
}

// A verdict id is content-addressed (the hash of its inputs, seed and engine) and a stored verdict is never
// rewritten (saveVerdict), so its JSON is immutable. Its page also depends on the renderer, so the page's
// validator and cache key carry the deployed Worker version: a deploy serves fresh pages, browsers revalidate.
// A page also says how long ago the verdict was made ("2 h ago"), so it is kept a minute at most, and its ETag is
// weak: two renderings a minute apart differ only in that phrase, which is the same page (RFC 9110 §8.8.1).
const cacheControl = { json: 'public, max-age=31536000, immutable', 'full-json': 'public, max-age=31536000, immutable', html: 'public, max-age=60, s-maxage=60' }
/** How long a rendered page is served from the isolate's memory before it is rendered again (its "… ago" stays right). */
const PAGE_MEMORY_MS = 60_000

/**
 * The first tier: bodies kept in the isolate's memory, newest last, up to `memoryBytes` (an isolate has
 * 128 MB; a verdict's JSON is ~0.3 MB, its page ~25 KB). A Worker isolate serves many requests, so a
 * popular verdict is answered with no I/O at all; a cold isolate falls back to the Cache API, then D1.
 */
const memory = new Map<string, { body: string; headers: Record<string, string>; expiresAt: number }>()
const memoryBytes = 16 * 1024 * 1024
let memoryUsed = 0

function remember(key: string, entry: { body: string; headers: Record<string, string>; expiresAt: number }): void {
  if (entry.body.length > memoryBytes / 4) return
  memory.set(key, entry)
  memoryUsed += entry.body.length
  for (const [oldest, { body }] of memory) {
    if (memoryUsed <= memoryBytes) break
    memory.delete(oldest)
    memoryUsed -= body.length
  }
}

/**
 * Serves a verdict's JSON or page from caches keyed by its id: a matching If-None-Match is a 304 with no D1
 * read and no rendering; otherwise the isolate's memory answers, then the Cache API (per Cloudflare location;
 * a no-op on *.workers.dev), and only a miss reads D1 and renders — then stores the result for the next reader.
 */
export async function cachedByVerdictId(c: Context<{ Bindings: Env }>, { kind, render, notFound }: CachedByVerdictIdParameters): Promise<Response> {
  const id = c.req.param('id') as string
  const deployment = c.env.CF_VERSION_METADATA?.id ?? 'local'
  const etag = kind === 'html' ? `W/"${id}.${deployment.slice(0, 8)}"` : kind === 'full-json' ? `"${id}.full"` : `"${id}"`
  const headers = { etag, 'cache-control': cacheControl[kind] }
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  if ((c.req.header('if-none-match') ?? '').split(',').some((tag) => strip(tag) === strip(etag))) return new Response(null, { status: 304, headers })
  const url = new URL(c.req.url)
  const key = new Request(`${url.origin}${url.pathname}${kind === 'html' ? `?deployment=${deployment}` : kind === 'full-json' ? '?full=1' : ''}`)
  const remembered = memory.get(key.url)
  if (remembered && remembered.expiresAt <= Date.now()) {
    memory.delete(key.url)
    memoryUsed -= remembered.body.length
  } else if (remembered) {
    memory.delete(key.url)
    memory.set(key.url, remembered)
    return new Response(remembered.body, { headers: remembered.headers })
  }
  const cache = typeof caches === 'undefined' ? undefined : caches.default
  const hit = await cache?.match(key)
  if (hit) {
    const body = await hit.text()
    remember(key.url, { body, headers: Object.fromEntries(hit.headers), expiresAt: expiresAt(kind) })
    return new Response(body, { headers: hit.headers })
  }
  const verdict = await getVerdict(c.env.DB, id)
  if (!verdict) return notFound(id)
  const rendered = await render(verdict)
  const body = await rendered.text()
  const entry = { body, headers: { ...Object.fromEntries(rendered.headers), ...headers }, expiresAt: expiresAt(kind) }
  remember(key.url, entry)
  const response = new Response(body, { headers: entry.headers })
  if (cache) {
    const stored = cache.put(key, response.clone()).catch((error: unknown) => console.warn(`[cache] could not store ${url.pathname}: ${error}`))
    try {
      c.executionCtx.waitUntil(stored)
    } catch {
      await stored // no execution context (app.request in tests): store before answering
    }
  }
  return response
}

function expiresAt(kind: CachedByVerdictIdParameters['kind']): number {
  return kind === 'html' ? Date.now() + PAGE_MEMORY_MS : Number.POSITIVE_INFINITY
}
