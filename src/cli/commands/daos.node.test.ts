import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest'
import { getPlatformProxy, type PlatformProxy } from 'wrangler'
import type { Env } from '../../env.ts'
import { InputError } from '../../errors.ts'
import { app } from '../../http/app.ts'
import { listWatchedDaos } from '../../store/sources/listWatchedDaos.ts'
import { run } from './daos.ts'

// The command runs under Node and talks to the Worker's /v1/daos over fetch. Here that fetch is the Worker's
// Hono app on a local D1 (wrangler's platform proxy, nothing persisted), migrated from src/store/migrations.
let platform: PlatformProxy<Env>
let env: Env
const worker = (input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(app.fetch(new Request(input, init), { ...env, ADMIN_TOKEN: 'operator-token' }))
const options = { fetch: worker as typeof fetch, environment: { FIREBREAK_URL: 'http://firebreak.test', FIREBREAK_ADMIN_TOKEN: 'operator-token' } }

beforeAll(async () => {
  platform = await getPlatformProxy<Env>({ configPath: './wrangler.toml', persist: false })
  env = platform.env
  const directory = new URL('../../store/migrations/', import.meta.url)
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.sql')).sort())
    for (const statement of readFileSync(new URL(file, directory), 'utf8').replace(/--.*$/gm, '').split(';').map((part) => part.trim()).filter(Boolean))
      await env.DB.prepare(statement).run()
})
afterAll(async () => {
  await platform?.dispose()
})
afterEach(() => vi.restoreAllMocks())

test('default: list shows the default Aave and Compound sources', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
  expect(await run(['list'], options)).toBe(0)
  const printed = log.mock.calls.map(([line]) => String(line)).join('\n')
  expect(printed).toMatch(/aave-v3-ethereum-payloads\s+aave-payloads-controller\s+chain 1\s+0xdabad81af85554e9ae636395611c58f7ec1aaec5/)
  expect(printed).toMatch(/compound-governor-bravo\s+governor-bravo/)
})

test('behavior: add and remove change the watch list in D1', async () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  const add = ['add', 'uniswap-governor', '--kind', 'governor-bravo', '--chain', '1', '--protocol', 'compound-v2', '--address', '0x408ED6354d4973f66138C91495F2f2FCbd8724C3', '--start-block', '13059157']
  expect(await run(add, options)).toBe(0)
  expect((await listWatchedDaos(env.DB)).find((dao) => dao.id === 'uniswap-governor')).toMatchObject({ kind: 'governor-bravo', address: '0x408ed6354d4973f66138c91495f2f2fcbd8724c3', startBlock: 13059157 })
  expect(await run(['remove', 'uniswap-governor'], options)).toBe(0)
  expect((await listWatchedDaos(env.DB)).some((dao) => dao.id === 'uniswap-governor')).toBe(false)
})

test('errors: a wrong token, a bad address or an unknown id is an InputError with the reason; nothing changes', async () => {
  const before = await listWatchedDaos(env.DB)
  await expect(run(['remove', 'aave-forum'], { ...options, environment: { ...options.environment, FIREBREAK_ADMIN_TOKEN: 'guess' } })).rejects.toThrow(/Bearer/)
  await expect(run(['add', 'x', '--kind', 'governor', '--chain', '1', '--protocol', 'aave-v3', '--address', '0x123'], options)).rejects.toThrow(/20-byte hex address/)
  await expect(run(['remove', 'no-such-source'], options)).rejects.toThrow(InputError)
  expect(await listWatchedDaos(env.DB)).toEqual(before)
})
