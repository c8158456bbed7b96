import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'

const bin = fileURLToPath(new URL('../../bin/firebreak.mjs', import.meta.url))
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, [bin, ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )

async function file(content: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'firebreak-')), 'input.json')
  await writeFile(path, JSON.stringify(content))
  return path
}

const change = { protocol: 'aave-v3', chainId: 1, symbol: 'WETH', param: 'liquidationBonus', after: '0.09' }

test('default: check prints a readable verdict and exits by level', async () => {
  const { code, stdout } = await run('check', await file([change]))
  expect(stdout).toMatch(/^(PASS|CAUTION|FAIL|REVIEW) \([a-z ,']+\) {2}Pre-check: WETH liquidation bonus → 9 %/)
  expect(stdout).toContain('Bad debt VaR 99 %')
  expect([0, 1]).toContain(code)
})

test('behavior: --json with a seed is reproducible', async () => {
  const path = await file({ changes: [change] })
  const first = JSON.parse((await run('check', path, '--json', '--seed', '5')).stdout)
  const second = JSON.parse((await run('check', path, '--json', '--seed', '5')).stdout)
  expect(first.provenance.seed).toBe(5)
  expect(second.metrics).toEqual(first.metrics)
  expect(second.id).toBe(first.id)
})

test('behavior: decode prints the changes of a plain list unchanged', async () => {
  const { code, stdout } = await run('decode', await file([change]))
  expect(code).toBe(0)
  expect(JSON.parse(stdout)[0]).toMatchObject({ symbol: 'WETH', param: 'liquidationBonus', after: '0.09' })
})

test('errors: a missing file, bad JSON and a bad seed exit 2 with a reason', async () => {
  expect(await run('check', '/nonexistent/input.json')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Cannot read/) })
  const bad = join(await mkdtemp(join(tmpdir(), 'firebreak-')), 'bad.json')
  await writeFile(bad, '{')
  expect(await run('check', bad)).toMatchObject({ code: 2, stderr: expect.stringMatching(/not valid JSON/) })
  expect(await run('check', await file([change]), '--seed', 'x')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--seed/) })
  expect(await run('nope')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown command/) })
})
