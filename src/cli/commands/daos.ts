import { parseArgs } from 'node:util'
import { InputError } from '../../errors.ts'
import type { WatchedDao } from '../../sources/watchedDao.ts'

export const summary = 'daos list|add ID …|remove ID [--url URL] — the watched governors, payloads controllers, Snapshot spaces and forums'

const usage = `Usage:
  firebreak daos list [--json]
  firebreak daos add ID --kind KIND --chain ID --protocol FAMILY [--address 0x…] [--market 0x…] [--name TEXT]
                        [--space SNAPSHOT_SPACE] [--forum URL] [--category PATH] [--discord CHANNEL] [--start-block N] [--disabled]
  firebreak daos remove ID
Options: --url (FIREBREAK_URL, default http://localhost:8787), --token (FIREBREAK_ADMIN_TOKEN; needed by add and remove).
KIND: governor | governor-bravo | aave-governance-v3 | aave-payloads-controller | snapshot | discourse`

export type DaosOptions = { fetch?: typeof globalThis.fetch; environment?: Record<string, string | undefined> }

/** `firebreak daos`: reads and edits the Worker's watch list through /v1/daos (add and remove need ADMIN_TOKEN). */
export async function run(args: string[], { fetch = globalThis.fetch, environment = process.env }: DaosOptions = {}): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string', default: environment.FIREBREAK_URL ?? 'http://localhost:8787' },
      token: { type: 'string', default: environment.FIREBREAK_ADMIN_TOKEN },
      json: { type: 'boolean', default: false },
      kind: { type: 'string' },
      chain: { type: 'string' },
      protocol: { type: 'string' },
      address: { type: 'string' },
      market: { type: 'string' },
      name: { type: 'string' },
      space: { type: 'string' },
      forum: { type: 'string' },
      category: { type: 'string' },
      discord: { type: 'string' },
      'start-block': { type: 'string' },
      disabled: { type: 'boolean', default: false },
    },
  })
  const [action, id] = positionals
  const base = values.url.replace(/\/+$/, '')
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(values.token ? { authorization: `Bearer ${values.token}` } : {}) }
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}/v1/daos${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
    const json = (await response.json()) as { error?: string; daos?: WatchedDao[] }
    if (!response.ok) throw new InputError(`${method} ${base}/v1/daos${path}: ${json.error ?? `HTTP ${response.status}`}`)
    return json
  }
  if (action === 'list' && positionals.length === 1) {
    const { daos = [] } = await call('GET', '')
    if (values.json) console.log(JSON.stringify(daos, null, 2))
    else
      for (const dao of daos)
        console.log(`${dao.enabled ? ' ' : '-'} ${dao.id.padEnd(28)} ${dao.kind.padEnd(25)} chain ${String(dao.chainId).padEnd(7)} ${dao.address ?? dao.snapshotSpace ?? dao.forumUrl ?? ''}`)
    return 0
  }
  if (action === 'add' && id && positionals.length === 2) {
    if (!values.kind || !values.chain || !values.protocol) throw new InputError(`add needs --kind, --chain and --protocol.\n\n${usage}`)
    await call('PUT', `/${encodeURIComponent(id)}`, {
      name: values.name,
      kind: values.kind,
      chainId: Number(values.chain),
      protocol: values.protocol,
      address: values.address,
      market: values.market,
      snapshotSpace: values.space,
      forumUrl: values.forum,
      forumCategory: values.category,
      discordChannel: values.discord,
      startBlock: values['start-block'] === undefined ? null : Number(values['start-block']),
      enabled: !values.disabled,
    })
    console.log(`watching ${id}`)
    return 0
  }
  if (action === 'remove' && id && positionals.length === 2) {
    await call('DELETE', `/${encodeURIComponent(id)}`)
    console.log(`no longer watching ${id}`)
    return 0
  }
  throw new InputError(usage)
}
