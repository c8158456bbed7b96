import { parseAbi } from 'viem'

// Sources: compound-finance/comet contracts/Configurator.sol and contracts/CometConfiguration.sol
// (@99b8545a9fe73c5ab3eef585999a0fbe34f6b2bb, the multi-market Configurator keyed by cometProxy),
// contracts/CometProxyAdmin.sol (@6ba0aaee837107d1da6511be32ea4b4846b501ea).

export const cometConfiguratorAbi = parseAbi([
  'struct AssetConfig { address asset; address priceFeed; uint8 decimals; uint64 borrowCollateralFactor; uint64 liquidateCollateralFactor; uint64 liquidationFactor; uint128 supplyCap; }',
  'struct Configuration { address governor; address pauseGuardian; address baseToken; address baseTokenPriceFeed; address extensionDelegate; uint64 supplyKink; uint64 supplyPerYearInterestRateSlopeLow; uint64 supplyPerYearInterestRateSlopeHigh; uint64 supplyPerYearInterestRateBase; uint64 borrowKink; uint64 borrowPerYearInterestRateSlopeLow; uint64 borrowPerYearInterestRateSlopeHigh; uint64 borrowPerYearInterestRateBase; uint64 storeFrontPriceFactor; uint64 trackingIndexScale; uint64 baseTrackingSupplySpeed; uint64 baseTrackingBorrowSpeed; uint104 baseMinForRewards; uint104 baseBorrowMin; uint104 targetReserves; AssetConfig[] assetConfigs; }',
  'function setConfiguration(address cometProxy, Configuration newConfiguration)',
  'function addAsset(address cometProxy, AssetConfig assetConfig)',
  'function updateAsset(address cometProxy, AssetConfig newAssetConfig)',
  'function updateAssetPriceFeed(address cometProxy, address asset, address newPriceFeed)',
  'function updateAssetBorrowCollateralFactor(address cometProxy, address asset, uint64 newBorrowCF)',
  'function updateAssetLiquidateCollateralFactor(address cometProxy, address asset, uint64 newLiquidateCF)',
  'function updateAssetLiquidationFactor(address cometProxy, address asset, uint64 newLiquidationFactor)',
  'function updateAssetSupplyCap(address cometProxy, address asset, uint128 newSupplyCap)',
  'function setBaseTokenPriceFeed(address cometProxy, address newBaseTokenPriceFeed)',
])

export const cometProxyAdminAbi = parseAbi([
  'function deployAndUpgradeTo(address configuratorProxy, address cometProxy)',
  'function deployUpgradeToAndCall(address configuratorProxy, address cometProxy, bytes data)',
])
