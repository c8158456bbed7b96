import { parseAbi } from 'viem'

// The view functions of Aave config-engine payloads (AaveV3Payload): each returns the list of updates `execute()`
// hands to the config engine. Written from Aave's interfaces, in the two layouts payloads have been built with:
// - current: aave-dao/aave-v3-origin src/contracts/extensions/v3-config-engine/IAaveV3ConfigEngine.sol
//   @328ec4beca737f5682185713caa8cb1b45713433 and AaveV3Payload.sol @19a1531333905def5d80edb3b1009877a287dd02 (Aave v3.2+);
// - legacy: bgd-labs/aave-helpers src/v3-config-engine/IAaveV3ConfigEngine.sol @63eb8fa8d06286a11bc19bf17cbcb1fd6b8dba10
//   (Aave v3.0/3.1: stable-rate fields, eMode category per asset, eMode price source).
// EngineFlags (aave-v3-origin / aave-helpers EngineFlags.sol): KEEP_CURRENT = type(uint256).max - 42,
// KEEP_CURRENT_STRING = "KEEP_CURRENT_STRING", KEEP_CURRENT_ADDRESS = address(0x42), ENABLED = 1, DISABLED = 0.

export const KEEP_CURRENT = 2n ** 256n - 1n - 42n
export const KEEP_CURRENT_ADDRESS = '0x0000000000000000000000000000000000000042'

export const configEnginePayloadAbi = parseAbi([
  'function CONFIG_ENGINE() view returns (address)',
  'function POOL() view returns (address)',
])

const shared = [
  'struct CapsUpdate { address asset; uint256 supplyCap; uint256 borrowCap; }',
  'struct PriceFeedUpdate { address asset; address priceFeed; }',
  'struct CollateralUpdate { address asset; uint256 ltv; uint256 liqThreshold; uint256 liqBonus; uint256 debtCeiling; uint256 liqProtocolFee; }',
  'function capsUpdates() view returns (CapsUpdate[])',
  'function priceFeedsUpdates() view returns (PriceFeedUpdate[])',
  'function collateralsUpdates() view returns (CollateralUpdate[])',
] as const

export const currentConfigEngineAbi = parseAbi([
  ...shared,
  'struct InterestRateInputData { uint256 optimalUsageRatio; uint256 baseVariableBorrowRate; uint256 variableRateSlope1; uint256 variableRateSlope2; }',
  'struct Listing { address asset; string assetSymbol; address priceFeed; InterestRateInputData rateStrategyParams; uint256 enabledToBorrow; uint256 borrowableInIsolation; uint256 withSiloedBorrowing; uint256 flashloanable; uint256 ltv; uint256 liqThreshold; uint256 liqBonus; uint256 reserveFactor; uint256 supplyCap; uint256 borrowCap; uint256 debtCeiling; uint256 liqProtocolFee; }',
  'struct TokenImplementations { address aToken; address vToken; }',
  'struct ListingWithCustomImpl { Listing base; TokenImplementations implementations; }',
  'struct BorrowUpdate { address asset; uint256 enabledToBorrow; uint256 flashloanable; uint256 borrowableInIsolation; uint256 withSiloedBorrowing; uint256 reserveFactor; }',
  'struct AssetEModeUpdate { address asset; uint8 eModeCategory; uint256 borrowable; uint256 collateral; }',
  'struct EModeCategoryUpdate { uint8 eModeCategory; uint256 ltv; uint256 liqThreshold; uint256 liqBonus; string label; }',
  'struct EModeCategoryCreation { uint256 ltv; uint256 liqThreshold; uint256 liqBonus; string label; address[] borrowables; address[] collaterals; }',
  'struct RateStrategyUpdate { address asset; InterestRateInputData params; }',
  'function newListings() view returns (Listing[])',
  'function newListingsCustom() view returns (ListingWithCustomImpl[])',
  'function borrowsUpdates() view returns (BorrowUpdate[])',
  'function assetsEModeUpdates() view returns (AssetEModeUpdate[])',
  'function eModeCategoriesUpdates() view returns (EModeCategoryUpdate[])',
  'function eModeCategoryCreations() view returns (EModeCategoryCreation[])',
  'function rateStrategiesUpdates() view returns (RateStrategyUpdate[])',
])

export const legacyConfigEngineAbi = parseAbi([
  ...shared,
  'struct RateStrategyParams { uint256 optimalUsageRatio; uint256 baseVariableBorrowRate; uint256 variableRateSlope1; uint256 variableRateSlope2; uint256 stableRateSlope1; uint256 stableRateSlope2; uint256 baseStableRateOffset; uint256 stableRateExcessOffset; uint256 optimalStableToTotalDebtRatio; }',
  'struct Listing { address asset; string assetSymbol; address priceFeed; RateStrategyParams rateStrategyParams; uint256 enabledToBorrow; uint256 stableRateModeEnabled; uint256 borrowableInIsolation; uint256 withSiloedBorrowing; uint256 flashloanable; uint256 ltv; uint256 liqThreshold; uint256 liqBonus; uint256 reserveFactor; uint256 supplyCap; uint256 borrowCap; uint256 debtCeiling; uint256 liqProtocolFee; uint8 eModeCategory; }',
  'struct TokenImplementations { address aToken; address vToken; address sToken; }',
  'struct ListingWithCustomImpl { Listing base; TokenImplementations implementations; }',
  'struct BorrowUpdate { address asset; uint256 enabledToBorrow; uint256 flashloanable; uint256 stableRateModeEnabled; uint256 borrowableInIsolation; uint256 withSiloedBorrowing; uint256 reserveFactor; }',
  'struct AssetEModeUpdate { address asset; uint8 eModeCategory; }',
  'struct EModeCategoryUpdate { uint8 eModeCategory; uint256 ltv; uint256 liqThreshold; uint256 liqBonus; address priceSource; string label; }',
  'struct RateStrategyUpdate { address asset; RateStrategyParams params; }',
  'function newListings() view returns (Listing[])',
  'function newListingsCustom() view returns (ListingWithCustomImpl[])',
  'function borrowsUpdates() view returns (BorrowUpdate[])',
  'function assetsEModeUpdates() view returns (AssetEModeUpdate[])',
  'function eModeCategoriesUpdates() view returns (EModeCategoryUpdate[])',
  'function rateStrategiesUpdates() view returns (RateStrategyUpdate[])',
])

/** What the reader needs of the pool the engine configures, in every Aave v3 version. */
export const configEnginePoolAbi = parseAbi([
  'function ADDRESSES_PROVIDER() view returns (address)',
  'function getConfiguration(address asset) view returns (uint256)',
  'function getReservesList() view returns (address[])',
  'struct EModeCategoryLegacy { uint16 ltv; uint16 liquidationThreshold; uint16 liquidationBonus; address priceSource; string label; }',
  'function getEModeCategoryData(uint8 id) view returns (EModeCategoryLegacy)',
  'function getEModeCategoryCollateralBitmap(uint8 id) view returns (uint128)',
  'function getEModeCategoryBorrowableBitmap(uint8 id) view returns (uint128)',
  'struct ReserveDataLegacy { uint256 configuration; uint128 liquidityIndex; uint128 currentLiquidityRate; uint128 variableBorrowIndex; uint128 currentVariableBorrowRate; uint128 currentStableBorrowRate; uint40 lastUpdateTimestamp; uint16 id; address aTokenAddress; address stableDebtTokenAddress; address variableDebtTokenAddress; address interestRateStrategyAddress; uint128 accruedToTreasury; uint128 unbacked; uint128 isolationModeTotalDebt; }',
  'function getReserveData(address asset) view returns (ReserveDataLegacy)',
  'function getPriceOracle() view returns (address)',
  'function getSourceOfAsset(address asset) view returns (address)',
])
