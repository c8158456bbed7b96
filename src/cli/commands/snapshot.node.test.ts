import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type AavePayloads, deployAavePayloads } from '../../../test/chain/aavePayloads.ts'
import { type AaveV3Deployment, deployAaveV3 } from '../../../test/chain/deployAaveV3.ts'
import { localClients } from '../../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import { canonicalHash } from '../../engine/canonicalHash.ts'
import type { MarketState, Verdict } from '../../model.ts'

const bin = fileURLToPath(new URL('../../../bin/firebreak.mjs', import.meta.url))
const firebreak = (...args: string[]) => firebreakWith({}, ...args)
const firebreakWith = (env: Record<string, string>, ...args: string[]) =>
  promisify(execFile)(process.execPath, [bin, ...args], { env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )

let chain: LocalChain
let aave: AaveV3Deployment
let block: bigint
let payloads: AavePayloads

beforeAll(async () => {
  chain = await startHardhat()
  const local = localClients(chain.url)
  aave = await deployAaveV3(local)
  block = await local.client.getBlockNumber()
  payloads = await deployAavePayloads(local, aave)
})
afterAll(async () => {
  await chain?.stop()
})

test('default: snapshot writes an Aave v3 MarketState with provenance and content hash', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'firebreak-snapshot-')), 'state.json')
  const { code, stdout } = await firebreak('snapshot', '--rpc', chain.url, '--protocol', 'aave-v3', '--market', aave.pool, '--block', String(block), '--out', out)
  expect(code).toBe(0)
  expect(stdout).toMatch(new RegExp(`wrote .*chain 31337 block ${block}, 3 assets, 3 positions`))
  const state = JSON.parse(await readFile(out, 'utf8')) as MarketState
  expect(state.provenance).toMatchObject({ chainId: 31337, block: Number(block), generated: false })
  expect(state.assets.map((asset) => asset.symbol)).toEqual(['WETH', 'USDC', 'WBTC'])
  const { contentHash, ...provenance } = state.provenance
  expect(await canonicalHash({ ...state, provenance })).toBe(contentHash)
  expect(stdout).toContain(contentHash)
})

test('behavior: firebreak check stresses the snapshot taken from the chain', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'firebreak-snapshot-'))
  const out = join(dir, 'state.json')
  expect((await firebreak('snapshot', '--rpc', chain.url, '--protocol', 'aave-v3', '--market', aave.pool, '--block', String(block), '--out', out)).code).toBe(0)
  const state = JSON.parse(await readFile(out, 'utf8')) as MarketState
  const weth = state.assets.find((asset) => asset.symbol === 'WETH')
  const changes = join(dir, 'changes.json')
  await writeFile(changes, JSON.stringify([{ protocol: 'aave-v3', chainId: 31337, market: aave.pool, asset: weth?.address, symbol: 'WETH', param: 'liquidationThreshold', after: '0.86' }]))
  const { stdout } = await firebreak('check', changes, '--state', out, '--json')
  const verdict = JSON.parse(stdout) as Verdict
  expect(verdict.provenance.stateHash).toBe(state.provenance.contentHash)
  expect(verdict.changes[0].before).toBe(weth?.liquidationThreshold)
  expect(verdict.metrics.before.scenarios).toBeGreaterThan(100)
  expect(verdict.findings.some((finding) => finding.check === 'unapplied-changes')).toBe(false)
})

test('behavior: firebreak check FILE --rpc URL runs the payload on that chain and judges its changes on the pool\'s own snapshot; --block pins it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'firebreak-payload-'))
  const out = join(dir, 'state.json')
  expect((await firebreak('snapshot', '--rpc', chain.url, '--protocol', 'aave-v3', '--market', aave.pool, '--out', out)).code).toBe(0)
  const file = join(dir, 'payload.json')
  await writeFile(file, JSON.stringify({ chainId: 31337, actions: [{ target: payloads.risk, withDelegateCall: true, accessLevel: 1, value: '0', signature: 'execute()', callData: '0x' }] }))
  const local = { AAVE_DEPLOYMENTS: JSON.stringify([{ chainId: 31337, pools: [{ pool: aave.pool, configurator: aave.configurator, oracle: aave.oracle }], executor: aave.executor }]) }
  const { code, stdout } = await firebreakWith(local, 'check', file, '--state', out, '--rpc', chain.url, '--json')
  const verdict = JSON.parse(stdout) as Verdict
  expect(code).not.toBe(3)
  expect(verdict.simulations).toMatchObject([{ method: 'probe', chainId: 31337, payload: payloads.risk }])
  expect(verdict.changes.map((change) => `${change.symbol} ${change.param} ${change.before} → ${change.after}`)).toContain('WETH liquidationThreshold 0.825 → 0.85')
  // Its own pool's snapshot: no stand-in, and the proposed WBTC feed was read from the chain.
  expect(verdict.findings.some((finding) => finding.title.includes('stand-in'))).toBe(false)
  // At a block before the payload was deployed there is nothing to execute: REVIEW, with the reason.
  const early = await firebreakWith(local, 'check', file, '--state', out, '--rpc', chain.url, '--block', String(block), '--json')
  expect(early.code).toBe(3)
  expect((JSON.parse(early.stdout) as Verdict).unknown[0].reason).toMatch(new RegExp(`at block ${block} .*there is no contract at the payload address`))
  // decode prints the simulated changes too.
  const decoded = JSON.parse((await firebreakWith(local, 'decode', file, '--rpc', chain.url)).stdout) as { changes: unknown[]; simulations: unknown[] }
  expect(decoded.changes).toHaveLength(6)
  expect(decoded.simulations).toHaveLength(1)
})

test('behavior: without --out the state goes to stdout, and a dead first RPC URL falls back to the next', async () => {
  const { code, stdout } = await firebreak('snapshot', '--rpc', 'http://127.0.0.1:9/', '--rpc', chain.url, '--protocol', 'aave-v3', '--market', aave.pool, '--block', String(block), '--max-positions', '1', '--timeout-ms', '2000')
  expect(code).toBe(0)
  const state = JSON.parse(stdout) as MarketState
  expect(state.positions).toHaveLength(1)
  expect(state.positionsTail?.accounts).toBe(2)
})

test('errors: a bad market address or protocol exits 2 with the reason', async () => {
  const badMarket = await firebreak('snapshot', '--rpc', chain.url, '--protocol', 'aave-v3', '--market', 'pool')
  expect(badMarket.code).toBe(2)
  expect(badMarket.stderr).toContain('--market must be a contract address')
  const badProtocol = await firebreak('snapshot', '--rpc', chain.url, '--protocol', 'maker', '--market', aave.pool)
  expect(badProtocol.code).toBe(2)
  expect(badProtocol.stderr).toContain('--protocol must be one of aave-v3, compound-v2, comet')
})
