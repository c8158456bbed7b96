import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { app } from '../src/http/app.ts'
import type { Verdict } from '../src/model.ts'

const base = 'http://firebreak.test'
const weth = { protocol: 'aave-v3', chainId: 1, market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', asset: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', symbol: 'WETH' }

let clients = 0
/** Each call comes from a client of its own, so POST /v1/check's per-client rate limit (tested below) stays out of the way. */
function post(body: string | object, path = '/v1/check', client = `api-test-client-${clients++}`) {
  return exports.default.fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': client },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

async function storedVerdicts(): Promise<number> {
  return (await env.DB.prepare('SELECT COUNT(*) AS count FROM verdicts').first<{ count: number }>())?.count ?? 0
}

test('default: POST /v1/check → verdict stored in D1 → JSON and page render it', async () => {
  const response = await post({ title: 'Raise WETH LT', changes: [{ ...weth, param: 'liquidationThreshold', after: '0.86' }] })
  expect(response.status).toBe(201)
  const verdict = (await response.json()) as Verdict & { url: string }
  expect(['PASS', 'CAUTION', 'FAIL']).toContain(verdict.level)
  expect(verdict.changes).toHaveLength(1)
  expect(verdict.provenance.seed).toBe(1)

  const row = await env.DB.prepare('SELECT level, proposal_key FROM verdicts WHERE id = ?1').bind(verdict.id).first<{ level: string; proposal_key: string }>()
  expect(row?.level).toBe(verdict.level)
  const change = await env.DB.prepare('SELECT param, after FROM parameter_changes WHERE verdict_id = ?1').bind(verdict.id).first()
  expect(change).toEqual({ param: 'liquidationThreshold', after: '0.86' })

  const json = await exports.default.fetch(`${base}/v1/verdicts/${verdict.id}`)
  expect(((await json.json()) as Verdict).headline).toBe(verdict.headline)
  const page = await exports.default.fetch(`${base}/verdicts/${verdict.id}`)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain('Raise WETH LT')
  expect(html).toContain(verdict.provenance.stateHash)
  const list = await (await exports.default.fetch(`${base}/`)).text()
  expect(list).toContain(`/verdicts/${verdict.id}`)
})

test('behavior: the same input and seed give the same verdict id and numbers', async () => {
  const body = { changes: [{ ...weth, param: 'liquidationBonus', after: '0.08' }] }
  const first = (await (await post(body, '/v1/check?seed=7')).json()) as Verdict
  const second = (await (await post(body, '/v1/check?seed=7')).json()) as Verdict
  expect(second.id).toBe(first.id)
  expect(second.metrics).toEqual(first.metrics)
  const other = (await (await post(body, '/v1/check?seed=8')).json()) as Verdict
  expect(other.id).not.toBe(first.id)
})

test('behavior: the stored input re-runs to the same verdict', async () => {
  const verdict = (await (await post({ changes: [{ ...weth, param: 'collateralFactor', after: '0.81' }] })).json()) as Verdict
  const input = await (await exports.default.fetch(`${base}/v1/verdicts/${verdict.id}/input`)).json()
  const again = (await (await post(input as object)).json()) as Verdict
  expect(again.id).toBe(verdict.id)
})

test('behavior: an unknown selector becomes a REVIEW verdict that names it; nothing else is lost', async () => {
  const response = await post({
    chainId: 1,
    targets: ['0x311bb771e4f8952e6da169b425e7e92d6ac45756'],
    values: ['0'],
    signatures: [''],
    calldatas: ['0xdeadbeef0000000000000000000000000000000000000000000000000000000000000001'],
  })
  expect(response.status).toBe(201)
  const verdict = (await response.json()) as Verdict
  expect(verdict.level).toBe('REVIEW')
  expect(verdict.unknown[0].selector).toBe('0xdeadbeef')
  expect(verdict.findings[0].severity).toBe('review')
})

test('errors: malformed JSON is a 400 with a reason, and nothing is stored', async () => {
  const before = await storedVerdicts()
  const response = await post('{"changes": [')
  expect(response.status).toBe(400)
  expect(((await response.json()) as { error: string }).error).toMatch(/not valid JSON/)
  expect(await storedVerdicts()).toBe(before)
})

test('errors: calldata that is not whole bytes of hex is a 400 naming the action', async () => {
  const response = await post({ chainId: 1, targets: ['0x311bb771e4f8952e6da169b425e7e92d6ac45756'], calldatas: ['0x7aca76eb0'] })
  expect(response.status).toBe(400)
  expect(((await response.json()) as { error: string }).error).toMatch(/actions\[0\]\.calldata/)
})

test('errors: an empty proposal is a 400', async () => {
  expect((await post({ chainId: 1, actions: [] })).status).toBe(400)
  expect((await post({ changes: [] })).status).toBe(400)
  expect((await post([])).status).toBe(400)
})

test('errors: a body over the limit is a 413', async () => {
  const response = await post({ title: 'x'.repeat(300 * 1024), changes: [] })
  expect(response.status).toBe(413)
})

test('errors: an invalid change names the field', async () => {
  const response = await post({ changes: [{ ...weth, param: 'ltv', after: '0.8' }] })
  expect(response.status).toBe(400)
  expect(((await response.json()) as { error: string }).error).toMatch(/changes\[0\]\.param/)
})

test('errors: unknown verdicts are 404 on both surfaces', async () => {
  expect((await exports.default.fetch(`${base}/v1/verdicts/nope`)).status).toBe(404)
  expect((await exports.default.fetch(`${base}/verdicts/nope`)).status).toBe(404)
})

test('behavior: a change naming a market with a stored snapshot is checked on that snapshot', async () => {
  const { tinyMarket } = await import('./support/tinyMarket.ts')
  const { saveSnapshot } = await import('../src/store/saveSnapshot.ts')
  const state = tinyMarket({ positions: [{ account: '0x01', collateral: { WETH: '10' }, debt: { USDC: '15000' } }] })
  await saveSnapshot(env.DB, { ...state, provenance: { ...state.provenance, block: 1, contentHash: 'ab'.repeat(32) } })
  const verdict = (await (await post({ changes: [{ ...weth, param: 'liquidationBonus', after: '0.06' }] })).json()) as Verdict
  expect(verdict.provenance.market).toBe('tiny test market')
  expect(verdict.changes[0].before).toBe('0.05')
})

test('behavior: the verdict comes back without the per-scenario dump unless ?full=1 asks for it', async () => {
  const body = { changes: [{ ...weth, param: 'liquidationThreshold', after: '0.84' }] }
  const slim = await post(body)
  const slimText = await slim.text()
  const verdict = JSON.parse(slimText) as Verdict
  expect(verdict).not.toHaveProperty('scenarios')
  expect(verdict.charts?.distribution.scenarios).toBe(verdict.metrics.after.scenarios)
  expect(slimText.length).toBeLessThan(64 * 1024)
  const full = (await (await post(body, '/v1/check?full=1')).json()) as Verdict
  expect(full.scenarios.after.length).toBeGreaterThan(0)
  expect((await (await exports.default.fetch(`${base}/v1/verdicts/${verdict.id}`)).json()) as Verdict).not.toHaveProperty('scenarios')
  expect(((await (await exports.default.fetch(`${base}/v1/verdicts/${verdict.id}?full=1`)).json()) as Verdict).scenarios.after).toEqual(full.scenarios.after)
})

test('errors: past its rate limit a client gets 429 with Retry-After, before its body is read; other clients are unaffected', async () => {
  // The limiter counts every call (a bad body too) in fixed one-minute windows (miniflare's emulation): of 21 calls
  // in a few seconds at least 11 fall in one window, so at least one is refused whatever the window boundary.
  const client = `198.51.100.${Math.floor(Math.random() * 250)}`
  const statuses: number[] = []
  let refused: Response | undefined
  for (let call = 0; call < 21; call++) {
    const response = await post('{"not json', '/v1/check', client)
    statuses.push(response.status)
    if (response.status === 429) refused ??= response
  }
  expect(statuses.every((status) => status === 400 || status === 429)).toBe(true)
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1)
  expect(refused?.headers.get('retry-after')).toBe('60')
  expect(((await refused?.json()) as { error: string }).error).toMatch(/Too many checks/)
  expect((await post('{"not json', '/v1/check', `${client}-other`)).status).toBe(400)
})

test('behavior: a verdict’s JSON and page are cached by id — revalidated without D1, served from the cache without D1', async () => {
  const verdict = (await (await post({ changes: [{ ...weth, param: 'liquidationBonus', after: '0.07' }] })).json()) as Verdict
  const noDatabase = { ...env, DB: new Proxy({}, { get: () => () => { throw new Error('D1 was read') } }) as unknown as D1Database }
  for (const path of [`/v1/verdicts/${verdict.id}`, `/verdicts/${verdict.id}`]) {
    const context = createExecutionContext()
    const first = await app.fetch(new Request(`${base}${path}`), env, context)
    await waitOnExecutionContext(context)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag') as string
    expect(etag).toContain(verdict.id)
    expect(first.headers.get('cache-control')).toMatch(path.startsWith('/v1') ? /immutable/ : /max-age=60/)
    const body = await first.text()
    const cached = await app.fetch(new Request(`${base}${path}`), noDatabase, createExecutionContext())
    expect(cached.status).toBe(200)
    expect(await cached.text()).toBe(body)
    const revalidated = await app.fetch(new Request(`${base}${path}`, { headers: { 'if-none-match': etag } }), noDatabase, createExecutionContext())
    expect(revalidated.status).toBe(304)
  }
  // A verdict that does not exist is not cached: it is a 404 each time.
  expect((await exports.default.fetch(`${base}/v1/verdicts/not-yet`)).status).toBe(404)
})
