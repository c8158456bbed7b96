import { parseAbi } from 'viem'

// Risk setters only. Sources:
// - Aave v2: aave/protocol-v2 contracts/protocol/lendingpool/LendingPoolConfigurator.sol
// - Aave v3.0/3.1: aave/aave-v3-core contracts/interfaces/IPoolConfigurator.sol
// - Aave v3.2+: aave-dao/aave-v3-origin src/contracts/interfaces/IPoolConfigurator.sol
//   (setEModeCategory without oracle, setAssetCollateralInEMode / setAssetBorrowableInEMode,
//   setReservePause and setPoolPause with a grace period)
// - AaveOracle (v2 and v3): setAssetSources, setFallbackOracle.

/** Setters present in both the v2 LendingPoolConfigurator and the v3 PoolConfigurator. */
const sharedSetters = [
  'function configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus)',
  'function setReserveFactor(address asset, uint256 newReserveFactor)',
  'function setPoolPause(bool paused)',
] as const

export const aaveV2PoolConfiguratorAbi = parseAbi([
  ...sharedSetters,
  'function enableBorrowingOnReserve(address asset, bool stableBorrowRateEnabled)',
  'function disableBorrowingOnReserve(address asset)',
  'function freezeReserve(address asset)',
  'function unfreezeReserve(address asset)',
  'function activateReserve(address asset)',
  'function deactivateReserve(address asset)',
])

export const aaveV3PoolConfiguratorAbi = parseAbi([
  ...sharedSetters,
  'function setReserveBorrowing(address asset, bool enabled)',
  'function setReserveFreeze(address asset, bool freeze)',
  'function setReserveActive(address asset, bool active)',
  'function setReservePause(address asset, bool paused)',
  'function setReservePause(address asset, bool paused, uint40 gracePeriod)',
  'function setPoolPause(bool paused, uint40 gracePeriod)',
  'function setSupplyCap(address asset, uint256 newSupplyCap)',
  'function setBorrowCap(address asset, uint256 newBorrowCap)',
  'function setDebtCeiling(address asset, uint256 newDebtCeiling)',
  'function setLiquidationProtocolFee(address asset, uint256 newFee)',
  'function setEModeCategory(uint8 categoryId, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, address oracle, string label)',
  'function setEModeCategory(uint8 categoryId, uint16 ltv, uint16 liquidationThreshold, uint16 liquidationBonus, string label)',
  'function setAssetEModeCategory(address asset, uint8 newCategoryId)',
  'function setAssetCollateralInEMode(address asset, uint8 categoryId, bool allowed)',
  'function setAssetBorrowableInEMode(address asset, uint8 categoryId, bool borrowable)',
])

export const aaveOracleAbi = parseAbi([
  'function setAssetSources(address[] assets, address[] sources)',
  'function setFallbackOracle(address fallbackOracle)',
])
