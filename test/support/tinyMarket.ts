import type { AssetState, MarketState, Position } from '../../src/model.ts'
import { openAsset } from './openAsset.ts'

/** Two-asset market for worked examples: WETH at $2,000 (LT 0.825, bonus 5 %) and USDC at $1. Hand-made, not observed. */
export function tinyMarket({ positions, weth = {} }: { positions: Position[]; weth?: Partial<AssetState> }): MarketState {
  const base = {
    decimals: 18,
    liquidationProtocolFee: '0.1',
    ...openAsset,
  } as const
  return {
    protocol: 'aave-v3',
    chainId: 1,
    market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
    name: 'tiny test market',
    assets: [
      {
        ...base,
        address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
        symbol: 'WETH',
        price: '2000',
        collateralFactor: '0.8',
        liquidationThreshold: '0.825',
        liquidationBonus: '0.05',
        oracle: { address: '0x5424384B256154046E9667dDFaaa5e550145Bf6E', kind: 'chainlink', decimals: 8 },
        ...weth,
      },
      {
        ...base,
        decimals: 6,
        address: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
        symbol: 'USDC',
        price: '1',
        collateralFactor: '0.77',
        liquidationThreshold: '0.8',
        liquidationBonus: '0.045',
        peg: { to: 'USD' },
        oracle: { address: '0x736bF902680e68989886e9807CD7Db4B3E015d3C', kind: 'chainlink', decimals: 8 },
      },
    ],
    positions,
    liquidity: {},
    reserves: { protocolReserves: '0', insuranceFund: '0', source: 'test' },
    provenance: { chainId: 1, timestamp: '2026-01-01T00:00:00Z', source: 'test/support/tinyMarket.ts', generated: true },
  }
}
