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

export type AavePayloads = { risk: Address; reverting: Address; empty: Address; newWbtcFeed: Address }

/** Deploys the three payloads against a deployment from deployAaveV3, and the new WBTC feed the risk payload sets. */
export async function deployAavePayloads(local: LocalClients, aave: AaveV3Deployment): Promise<AavePayloads> {
  const contracts = compile({ 'Payloads.sol': payloadSource })
  const newWbtcFeed = await local.deploy(aaveArtifact('mocks/oracle/CLAggregators/MockAggregator.sol/MockAggregator'), [29_500_00000000n])
  const risk = await local.deploy(contracts.RiskParametersPayload, [
    aave.configurator, aave.oracle, aave.reserves.WETH.asset, aave.reserves.USDC.asset, aave.reserves.WBTC.asset, newWbtcFeed,
  ])
  return { risk, reverting: await local.deploy(contracts.RevertingPayload), empty: await local.deploy(contracts.EmptyPayload), newWbtcFeed }
}
