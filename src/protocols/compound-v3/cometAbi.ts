import { parseAbi } from 'viem'

// Compound III (Comet) views and events the loader reads (compound-finance/comet CometMainInterface, CometExt).
export const cometAbi = parseAbi([
  'function baseToken() view returns (address)',
  'function baseTokenPriceFeed() view returns (address)',
  'function numAssets() view returns (uint8)',
  'struct AssetInfo { uint8 offset; address asset; address priceFeed; uint64 scale; uint64 borrowCollateralFactor; uint64 liquidateCollateralFactor; uint64 liquidationFactor; uint128 supplyCap; }',
  'function getAssetInfo(uint8 i) view returns (AssetInfo)',
  'function getPrice(address priceFeed) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function totalBorrow() view returns (uint256)',
  'function getReserves() view returns (int256)',
  'function totalsCollateral(address asset) view returns (uint128 totalSupplyAsset, uint128 reserved)',
  'function isSupplyPaused() view returns (bool)',
  'function isWithdrawPaused() view returns (bool)',
  'function collateralBalanceOf(address account, address asset) view returns (uint128)',
  'function borrowBalanceOf(address account) view returns (uint256)',
  'event Withdraw(address indexed src, address indexed to, uint256 amount)',
])
