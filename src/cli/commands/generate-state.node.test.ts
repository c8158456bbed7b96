import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { run } from './generate-state.ts'

test('default', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'firebreak-generate-state-'))
  try {
    const out = join(directory, 'state.json')
    expect(await run(['--seed', '20231031', '--accounts', '2000', '--out', out])).toBe(0)
    expect(await readFile(out, 'utf8')).toBe(await readFile('fixtures/markets/aave-v3-ethereum.json', 'utf8'))
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
})

test('errors: bad arguments', async () => {
  expect(await run(['--accounts', 'many'])).toBe(2)
  expect(await run(['--unknown'])).toBe(2)
})
