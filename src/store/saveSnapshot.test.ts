import { env } from 'cloudflare:workers'
import { expect, test } from 'vitest'
import { tinyMarket } from '../../test/support/tinyMarket.ts'
import { sealMarketState } from '../protocols/chain/sealMarketState.ts'
import { getLatestSnapshot } from './getLatestSnapshot.ts'
import { saveSnapshot } from './saveSnapshot.ts'

const market = async (block: number, price: string) => {
  const state = tinyMarket({ positions: [] })
  return sealMarketState({
    ...state,
    assets: state.assets.map((asset) => (asset.symbol === 'WETH' ? { ...asset, price } : asset)),
    provenance: { ...state.provenance, block, generated: true },
  })
}

test('default: the latest stored snapshot of a market comes back whole', async () => {
  const older = await market(100, '2000')
  const newer = await market(101, '1900')
  await saveSnapshot(env.DB, older, '2026-11-25T10:00:00.000Z')
  await saveSnapshot(env.DB, newer, '2026-11-25T11:00:00.000Z')
  const latest = await getLatestSnapshot(env.DB, { chainId: newer.chainId, market: newer.market })
  expect(latest).toEqual({ state: newer, createdAt: '2026-11-25T11:00:00.000Z' })
})

test('behavior: the same state stored again is one row with a newer time', async () => {
  const state = await market(200, '2100')
  await saveSnapshot(env.DB, state, '2026-11-25T12:00:00.000Z')
  await saveSnapshot(env.DB, state, '2026-11-25T13:00:00.000Z')
  const { count } = (await env.DB.prepare('SELECT COUNT(*) AS count FROM market_snapshots WHERE content_hash = ?1').bind(state.provenance.contentHash).first<{ count: number }>())!
  expect(count).toBe(1)
  expect((await getLatestSnapshot(env.DB, { chainId: state.chainId, market: state.market }))?.createdAt).toBe('2026-11-25T13:00:00.000Z')
})

test('errors: a state without content hash or block is refused', async () => {
  const state = tinyMarket({ positions: [] })
  await expect(saveSnapshot(env.DB, { ...state, provenance: { ...state.provenance, contentHash: undefined } })).rejects.toThrow(/contentHash/)
  expect(await getLatestSnapshot(env.DB, { chainId: 1, market: '0x0000000000000000000000000000000000000001' })).toBeNull()
})
