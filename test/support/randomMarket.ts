import { mulberry32 } from '../../src/engine/random/mulberry32.ts'
import { openAsset } from './openAsset.ts'
import type { AssetState, LiquidityCurve, MarketState, Position, ProtocolFamily } from '../../src/model.ts'

export type RandomMarketParameters = {
  seed: number
  positions: number
  protocol?: ProtocolFamily
  /** Share of positions holding more than one collateral or debt asset. */
  multiAssetShare?: number
  /** Multiplies every liquidity depth (1 = the figures below). */
  liquidityScale?: number
}

/**
 * A generated market, labelled generated: six assets at late-2023 prices and Aave v3 Ethereum parameters
 * (/work/shared/data/market-snapshots/aave-config-snapshots), positions drawn with health factors uniform on 1.05–4.05 (markets keep few positions close to 1: liquidators clear them),
 * and liquidity as constant-product pools whose depth is set so $1M sells at the slippage public figures state
 * (dex-liquidity-figures-aave-proposals.json: "$1m ETH/AAVE 0.77% on Base"; deeper for ETH/BTC, shallow for LINK).
 */
export function randomMarket({ seed, positions: count, protocol = 'aave-v3', multiAssetShare = 0.15, liquidityScale = 1 }: RandomMarketParameters): MarketState {
  const random = mulberry32(seed)
  const asset = (symbol: string, price: string, ltv: string, lt: string, bonus: string, peg?: string): AssetState => ({
    address: `0x${(symbol.charCodeAt(0) * 1e6 + symbol.length).toString(16).padStart(40, '0')}`,
    symbol,
    decimals: 18,
    price,
    collateralFactor: ltv,
    liquidationThreshold: lt,
    liquidationBonus: bonus,
    // Aave: 10 % of the bonus to the treasury; Compound v2: protocolSeizeShare 2.8 % of the seized collateral.
    liquidationProtocolFee: protocol === 'compound-v2' ? '0.028' : '0.1',
    ...openAsset,
    oracle: { address: '0x0000000000000000000000000000000000000001', kind: 'chainlink', deviationThreshold: '0.005', heartbeatSeconds: 3600 },
    ...(peg ? { peg: { to: peg } } : {}),
  })
  const assets = [
    asset('WETH', '1800', '0.805', '0.83', '0.05'),
    asset('WBTC', '30000', '0.73', '0.78', '0.05'),
    asset('wstETH', '2050', '0.785', '0.81', '0.06', 'ETH'),
    asset('LINK', '7', '0.53', '0.68', '0.07'),
    asset('USDC', '1', '0.77', '0.8', '0.045', 'USD'),
    asset('DAI', '1', '0.63', '0.77', '0.05', 'USD'),
  ]
  const depth = (slippageAtMillion: number): LiquidityCurve => ({
    kind: 'constant-product',
    // slippage = V/(D+V) → D = V(1 − s)/s at V = $1M
    depthUsd: String(Math.round((1e6 * (1 - slippageAtMillion) * liquidityScale) / slippageAtMillion)),
    source: 'generated: depth set so $1M sells at the stated slippage',
  })
  const liquidity = { WETH: depth(0.002), WBTC: depth(0.003), wstETH: depth(0.006), LINK: depth(0.02), USDC: depth(0.0005), DAI: depth(0.001) }
  const volatile = [0, 1, 2, 3]
  const stable = [4, 5]
  const positions: Position[] = []
  for (let p = 0; p < count; p++) {
    const multi = random() < multiAssetShare
    const collateralAssets = multi ? [volatile[Math.floor(random() * 4)], Math.floor(random() * 6)] : [random() < 0.85 ? volatile[Math.floor(random() * 4)] : stable[Math.floor(random() * 2)]]
    const collateralUsd = Math.exp(7 + random() * 7) // $1k … $1.2M
    const collateral: Record<string, string> = {}
    let weighted = 0
    for (const a of [...new Set(collateralAssets)]) {
      const share = collateralUsd / collateralAssets.length
      collateral[assets[a].symbol] = (share / Number(assets[a].price)).toPrecision(8)
      weighted += share * Number(assets[a].liquidationThreshold)
    }
    const health = 1.05 + 3 * random()
    const debtAsset = collateralAssets.some((a) => a >= 4) || random() < 0.1 ? 0 : stable[Math.floor(random() * 2)]
    const debtUsd = weighted / health
    const debt: Record<string, string> = multi && debtAsset !== 0 ? { USDC: (debtUsd / 2).toPrecision(8), DAI: (debtUsd / 2).toPrecision(8) } : { [assets[debtAsset].symbol]: (debtUsd / Number(assets[debtAsset].price)).toPrecision(8) }
    positions.push({ account: `0x${p.toString(16).padStart(40, '0')}`, collateral, debt })
  }
  return {
    protocol,
    chainId: 1,
    market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
    name: `generated market (seed ${seed}, ${count} positions)`,
    assets,
    positions,
    liquidity,
    reserves: { protocolReserves: '2000000', insuranceFund: '5000000', source: 'generated' },
    closeFactor: '0.5',
    provenance: { chainId: 1, timestamp: '2026-01-01T00:00:00Z', source: 'test/support/randomMarket.ts', generated: true, notes: 'generated, seeded; parameters from Aave v3 Ethereum' },
  }
}
