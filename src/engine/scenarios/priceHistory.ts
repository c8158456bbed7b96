import type { AssetState } from '../../model.ts'
import daily from '../../../fixtures/price-paths/daily-2021-2023.json'
import events from '../../../fixtures/price-paths/event-windows.json'

/** A price series on a regular grid: USD per token per step. */
export type PriceWindow = { id: string; label: string; source: string; start: string; stepSeconds: number; prices: Record<string, number[]> }

/** Daily closes 2021-01-01 → 2023-02-24 (CoinGecko via bhemen/aave-data; fixtures/price-paths/README.md). */
export const dailyHistory: PriceWindow = { id: 'daily-2021-2023', label: 'Daily closes 2021–2023', ...daily }
/** Hourly stress windows: LUNA/UST, stETH discount, CRV short attack, USDC depeg (fixtures/price-paths/README.md). */
export const eventWindows = events.windows as unknown as PriceWindow[] // JSON infers a union of records; every window is a PriceWindow

/** Tokens that move with a series we hold: wrapped, bridged and liquid-staked forms of it. */
const ALIASES: Record<string, string> = {
  ETH: 'WETH',
  WETH: 'WETH',
  stETH: 'stETH',
  wstETH: 'stETH',
  rETH: 'stETH',
  cbETH: 'stETH',
  weETH: 'stETH',
  BTC: 'WBTC',
  WBTC: 'WBTC',
  cbBTC: 'WBTC',
  tBTC: 'WBTC',
  'USDC.e': 'USDC',
  USDbC: 'USDC',
}

/**
 * The series an asset is replayed and simulated with: its own, an alias's, or a stand-in by kind — USD-pegged assets
 * follow USDC, ETH-pegged ones stETH, BTC-pegged ones WBTC, and any other volatile asset WETH (`standIn` says so).
 */
export function seriesFor(asset: Pick<AssetState, 'symbol' | 'peg'>): { symbol: string; standIn: boolean } {
  const own = ALIASES[asset.symbol] ?? asset.symbol
  if (own in dailyHistory.prices) return { symbol: own, standIn: false }
  const peg = asset.peg?.to
  return { symbol: peg === 'USD' ? 'USDC' : peg === 'ETH' ? 'stETH' : peg === 'BTC' ? 'WBTC' : 'WETH', standIn: true }
}
