import type { AssetState, MarketState, Position } from '../../src/model.ts'
import { openAsset } from './openAsset.ts'
import { tinyMarket } from './tinyMarket.ts'

export const WSTETH_ADDRESS = '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0'

/**
 * The two-asset test market plus wstETH at $2,300 — 1.15 WETH by an exchange-rate oracle over WETH's feed, reserve LT
 * 0.81, bonus 6 % — and eMode category 1 "ETH correlated" (LTV 0.90, LT 0.93, bonus 1 %; Aave v3 Ethereum's figures in
 * Oct 2023). Hand-made, not observed.
 */
export function lstMarket({ positions, wstETH = {} }: { positions: Position[]; wstETH?: Partial<AssetState> }): MarketState {
  const market = tinyMarket({ positions })
  const lst: AssetState = {
    ...openAsset,
    address: WSTETH_ADDRESS,
    symbol: 'wstETH',
    decimals: 18,
    price: '2300',
    collateralFactor: '0.785',
    liquidationThreshold: '0.81',
    liquidationBonus: '0.06',
    liquidationProtocolFee: '0.1',
    peg: { to: 'ETH' },
    oracle: { address: '0x8B6851156023f4f5A66F68BEA80851c3D905Ac93', kind: 'exchange-rate', underlying: 'WETH', exchangeRate: '1.15', decimals: 8 },
    ...wstETH,
  }
  return {
    ...market,
    name: 'tiny LST test market',
    assets: [...market.assets, lst],
    eModeCategories: [{ id: 1, label: 'ETH correlated', collateralFactor: '0.9', liquidationThreshold: '0.93', liquidationBonus: '0.01', assets: ['WETH', 'wstETH'] }],
  }
}
