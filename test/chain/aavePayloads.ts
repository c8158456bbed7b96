import type { Address } from 'viem'
import { aaveArtifact } from './aaveArtifacts.ts'
import { compile } from './compile.ts'
import type { AaveV3Deployment } from './deployAaveV3.ts'
import type { LocalClients } from './localClients.ts'

// Payloads in the form Aave governance uses: a contract whose execute() calls the PoolConfigurator and the
// AaveOracle, run by delegatecall from the executor that holds the admin roles.
export const payloadSource = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
interface IPoolConfigurator {
  function configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus) external;
  function setSupplyCap(address asset, uint256 supplyCap) external;
  function setBorrowCap(address asset, uint256 borrowCap) external;
  function setReserveFreeze(address asset, bool freeze) external;
  function setReserveFlashLoaning(address asset, bool enabled) external;
}
interface IAaveOracle { function setAssetSources(address[] calldata assets, address[] calldata sources) external; }
contract RiskParametersPayload {
  IPoolConfigurator public immutable configurator;
  IAaveOracle public immutable oracle;
  address public immutable weth;
  address public immutable usdc;
  address public immutable wbtc;
  address public immutable wbtcFeed;
  constructor(IPoolConfigurator configurator_, IAaveOracle oracle_, address weth_, address usdc_, address wbtc_, address wbtcFeed_) {
    configurator = configurator_; oracle = oracle_; weth = weth_; usdc = usdc_; wbtc = wbtc_; wbtcFeed = wbtcFeed_;
  }
  function execute() external {
    configurator.configureReserveAsCollateral(weth, 8250, 8500, 10500);
    configurator.setBorrowCap(usdc, 1000000000);
    configurator.setReserveFlashLoaning(usdc, true);
    configurator.setSupplyCap(wbtc, 50000);
    configurator.setReserveFreeze(wbtc, true);
    address[] memory assets = new address[](1);
    address[] memory sources = new address[](1);
    assets[0] = wbtc;
    sources[0] = wbtcFeed;
    oracle.setAssetSources(assets, sources);
  }
}
contract RevertingPayload { function execute() external pure { revert("payload refuses"); } }
contract EmptyPayload { function execute() external {} }`

// A config-engine payload in the shape of Aave's AaveV3Payload (aave-dao/aave-v3-origin AaveV3Payload.sol, current
// IAaveV3ConfigEngine structs), and a config engine written for the tests that applies caps, collateral, borrow and
// price-feed updates as Aave's CapsEngine, CollateralEngine, BorrowEngine and PriceFeedEngine do (EngineFlags.KEEP_CURRENT
// = type(uint256).max - 42). It is not Aave's engine (that is not published on npm): it implements the same interface.
export const configEnginePayloadSource = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
interface IEngine {
  struct CapsUpdate { address asset; uint256 supplyCap; uint256 borrowCap; }
  struct CollateralUpdate { address asset; uint256 ltv; uint256 liqThreshold; uint256 liqBonus; uint256 debtCeiling; uint256 liqProtocolFee; }
  struct BorrowUpdate { address asset; uint256 enabledToBorrow; uint256 flashloanable; uint256 borrowableInIsolation; uint256 withSiloedBorrowing; uint256 reserveFactor; }
  struct PriceFeedUpdate { address asset; address priceFeed; }
  function updateCaps(CapsUpdate[] memory updates) external;
  function updateCollateralSide(CollateralUpdate[] memory updates) external;
  function updateBorrowSide(BorrowUpdate[] memory updates) external;
  function updatePriceFeeds(PriceFeedUpdate[] memory updates) external;
}
interface IPoolConfiguratorLike {
  function configureReserveAsCollateral(address asset, uint256 ltv, uint256 liquidationThreshold, uint256 liquidationBonus) external;
  function setSupplyCap(address asset, uint256 supplyCap) external;
  function setBorrowCap(address asset, uint256 borrowCap) external;
  function setReserveBorrowing(address asset, bool enabled) external;
  function setReserveFactor(address asset, uint256 reserveFactor) external;
  function setReserveFlashLoaning(address asset, bool enabled) external;
  function setBorrowableInIsolation(address asset, bool borrowable) external;
  function setSiloedBorrowing(address asset, bool siloed) external;
  function setLiquidationProtocolFee(address asset, uint256 fee) external;
  function setDebtCeiling(address asset, uint256 ceiling) external;
  function setReserveFreeze(address asset, bool freeze) external;
}
interface IPoolLike { function getConfiguration(address asset) external view returns (uint256); }
interface IAaveOracleLike { function setAssetSources(address[] calldata assets, address[] calldata sources) external; }
library EngineFlags {
  uint256 internal constant KEEP_CURRENT = type(uint256).max - 42;
  function toBool(uint256 flag) internal pure returns (bool) { require(flag == 0 || flag == 1, 'INVALID_CONVERSION_TO_BOOL'); return flag == 1; }
}
contract TestConfigEngine is IEngine {
  address public immutable POOL;
  IPoolConfiguratorLike public immutable POOL_CONFIGURATOR;
  IAaveOracleLike public immutable ORACLE;
  constructor(address pool, IPoolConfiguratorLike configurator, IAaveOracleLike oracle) { POOL = pool; POOL_CONFIGURATOR = configurator; ORACLE = oracle; }
  function updateCaps(CapsUpdate[] memory updates) external {
    for (uint256 i = 0; i < updates.length; i++) {
      if (updates[i].supplyCap != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setSupplyCap(updates[i].asset, updates[i].supplyCap);
      if (updates[i].borrowCap != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setBorrowCap(updates[i].asset, updates[i].borrowCap);
    }
  }
  function updateCollateralSide(CollateralUpdate[] memory updates) external {
    for (uint256 i = 0; i < updates.length; i++) {
      CollateralUpdate memory u = updates[i];
      if (u.liqThreshold == 0) continue;
      uint256 data = IPoolLike(POOL).getConfiguration(u.asset);
      if (u.ltv == EngineFlags.KEEP_CURRENT) u.ltv = data & 0xFFFF;
      if (u.liqThreshold == EngineFlags.KEEP_CURRENT) u.liqThreshold = (data >> 16) & 0xFFFF;
      if (u.liqBonus == EngineFlags.KEEP_CURRENT) u.liqBonus = ((data >> 32) & 0xFFFF) - 100_00;
      POOL_CONFIGURATOR.configureReserveAsCollateral(u.asset, u.ltv, u.liqThreshold, 100_00 + u.liqBonus);
      if (u.liqProtocolFee != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setLiquidationProtocolFee(u.asset, u.liqProtocolFee);
      if (u.debtCeiling != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setDebtCeiling(u.asset, u.debtCeiling * 100);
    }
  }
  function updateBorrowSide(BorrowUpdate[] memory updates) external {
    for (uint256 i = 0; i < updates.length; i++) {
      BorrowUpdate memory u = updates[i];
      if (u.enabledToBorrow != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setReserveBorrowing(u.asset, EngineFlags.toBool(u.enabledToBorrow));
      if (u.borrowableInIsolation != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setBorrowableInIsolation(u.asset, EngineFlags.toBool(u.borrowableInIsolation));
      if (u.withSiloedBorrowing != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setSiloedBorrowing(u.asset, EngineFlags.toBool(u.withSiloedBorrowing));
      if (u.reserveFactor != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setReserveFactor(u.asset, u.reserveFactor);
      if (u.flashloanable != EngineFlags.KEEP_CURRENT) POOL_CONFIGURATOR.setReserveFlashLoaning(u.asset, EngineFlags.toBool(u.flashloanable));
    }
  }
  function updatePriceFeeds(PriceFeedUpdate[] memory updates) external {
    address[] memory assets = new address[](updates.length);
    address[] memory sources = new address[](updates.length);
    for (uint256 i = 0; i < updates.length; i++) { assets[i] = updates[i].asset; sources[i] = updates[i].priceFeed; }
    ORACLE.setAssetSources(assets, sources);
  }
}
/// In the shape of AaveV3Payload: execute() hands each list to the engine by delegatecall, then _postExecute() freezes WETH.
contract ConfigEngineRiskPayload {
  IEngine public immutable CONFIG_ENGINE;
  IPoolConfiguratorLike public immutable CONFIGURATOR;
  address public immutable weth; address public immutable usdc; address public immutable wbtc; address public immutable usdcFeed;
  constructor(IEngine engine, IPoolConfiguratorLike configurator, address weth_, address usdc_, address wbtc_, address usdcFeed_) {
    CONFIG_ENGINE = engine; CONFIGURATOR = configurator; weth = weth_; usdc = usdc_; wbtc = wbtc_; usdcFeed = usdcFeed_;
  }
  function execute() external {
    call(abi.encodeWithSelector(IEngine.updateBorrowSide.selector, borrowsUpdates()));
    call(abi.encodeWithSelector(IEngine.updateCollateralSide.selector, collateralsUpdates()));
    call(abi.encodeWithSelector(IEngine.updatePriceFeeds.selector, priceFeedsUpdates()));
    call(abi.encodeWithSelector(IEngine.updateCaps.selector, capsUpdates()));
    _postExecute();
  }
  function _postExecute() internal { CONFIGURATOR.setReserveFreeze(weth, true); }
  function call(bytes memory data) internal {
    (bool ok, bytes memory result) = address(CONFIG_ENGINE).delegatecall(data);
    if (!ok) assembly { revert(add(result, 32), mload(result)) }
  }
  function capsUpdates() public view returns (IEngine.CapsUpdate[] memory updates) {
    updates = new IEngine.CapsUpdate[](1);
    updates[0] = IEngine.CapsUpdate(weth, 1_200_000, EngineFlags.KEEP_CURRENT);
  }
  function collateralsUpdates() public view returns (IEngine.CollateralUpdate[] memory updates) {
    updates = new IEngine.CollateralUpdate[](1);
    updates[0] = IEngine.CollateralUpdate(wbtc, 7300, EngineFlags.KEEP_CURRENT, EngineFlags.KEEP_CURRENT, EngineFlags.KEEP_CURRENT, EngineFlags.KEEP_CURRENT);
  }
  function borrowsUpdates() public view returns (IEngine.BorrowUpdate[] memory updates) {
    updates = new IEngine.BorrowUpdate[](1);
    updates[0] = IEngine.BorrowUpdate(usdc, EngineFlags.KEEP_CURRENT, 1, EngineFlags.KEEP_CURRENT, EngineFlags.KEEP_CURRENT, 1500);
  }
  function priceFeedsUpdates() public view returns (IEngine.PriceFeedUpdate[] memory updates) {
    updates = new IEngine.PriceFeedUpdate[](1);
    updates[0] = IEngine.PriceFeedUpdate(usdc, usdcFeed);
  }
  function newListings() public pure returns (bytes[] memory) {}
}
/// Emits Aave's PayloadsController PayloadCreated (IPayloadsControllerCore) for one execute() action, as createPayload does.
contract PayloadsControllerLike {
  struct ExecutionAction { address target; bool withDelegateCall; uint8 accessLevel; uint256 value; string signature; bytes callData; }
  event PayloadCreated(uint40 indexed payloadId, address indexed creator, ExecutionAction[] actions, uint8 indexed maximumAccessLevelRequired);
  uint40 public payloadsCount;
  function createPayload(address target) external returns (uint40 id) {
    ExecutionAction[] memory actions = new ExecutionAction[](1);
    actions[0] = ExecutionAction(target, true, 1, 0, 'execute()', '');
    id = payloadsCount++;
    emit PayloadCreated(id, msg.sender, actions, 1);
  }
}`

export type AavePayloads = { risk: Address; reverting: Address; empty: Address; newWbtcFeed: Address; configEngine: Address; engineRisk: Address; newUsdcFeed: Address; payloadsController: Address }

/** Deploys the payloads against a deployment from deployAaveV3: direct (risk, reverting, empty) and config-engine style, with the feeds they set. */
export async function deployAavePayloads(local: LocalClients, aave: AaveV3Deployment): Promise<AavePayloads> {
  const contracts = compile({ 'Payloads.sol': payloadSource })
  const newWbtcFeed = await local.deploy(aaveArtifact('mocks/oracle/CLAggregators/MockAggregator.sol/MockAggregator'), [29_500_00000000n])
  const risk = await local.deploy(contracts.RiskParametersPayload, [
    aave.configurator, aave.oracle, aave.reserves.WETH.asset, aave.reserves.USDC.asset, aave.reserves.WBTC.asset, newWbtcFeed,
  ])
  const engineContracts = compile({ 'ConfigEnginePayload.sol': configEnginePayloadSource })
  const newUsdcFeed = await local.deploy(aaveArtifact('mocks/oracle/CLAggregators/MockAggregator.sol/MockAggregator'), [99_990000n])
  const configEngine = await local.deploy(engineContracts.TestConfigEngine, [aave.pool, aave.configurator, aave.oracle])
  const engineRisk = await local.deploy(engineContracts.ConfigEngineRiskPayload, [configEngine, aave.configurator, aave.reserves.WETH.asset, aave.reserves.USDC.asset, aave.reserves.WBTC.asset, newUsdcFeed])
  const payloadsController = await local.deploy(engineContracts.PayloadsControllerLike)
  return { risk, reverting: await local.deploy(contracts.RevertingPayload), empty: await local.deploy(contracts.EmptyPayload), newWbtcFeed, configEngine, engineRisk, newUsdcFeed, payloadsController }
}
