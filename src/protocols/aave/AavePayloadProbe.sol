// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IPoolLike {
  function ADDRESSES_PROVIDER() external view returns (address);
  function getReservesList() external view returns (address[] memory);
  function getConfiguration(address asset) external view returns (uint256);
}

interface IAddressesProviderLike {
  function getPriceOracle() external view returns (address);
}

interface IAaveOracleLike {
  function getSourceOfAsset(address asset) external view returns (address);
}

/// Firebreak's payload probe. Its runtime code replaces the governance executor's code inside one eth_call
/// (a state override), so `execute()` of a payload runs by delegatecall with the executor's address and
/// permissions, as the real execution would. It returns the pool's reserve configurations and price sources
/// before and after the payload ran; nothing is written to the chain.
contract AavePayloadProbe {
  struct Reserves {
    address oracle;
    address[] assets;
    uint256[] configurations;
    address[] sources;
  }

  function probe(address payload, address pool) external returns (Reserves memory before, Reserves memory afterwards) {
    before = read(pool);
    (bool ok, bytes memory result) = payload.delegatecall(abi.encodeWithSignature("execute()"));
    if (!ok) {
      assembly {
        revert(add(result, 32), mload(result))
      }
    }
    afterwards = read(pool);
  }

  function read(address pool) internal view returns (Reserves memory reserves) {
    reserves.oracle = IAddressesProviderLike(IPoolLike(pool).ADDRESSES_PROVIDER()).getPriceOracle();
    reserves.assets = IPoolLike(pool).getReservesList();
    uint256 count = reserves.assets.length;
    reserves.configurations = new uint256[](count);
    reserves.sources = new address[](count);
    for (uint256 i = 0; i < count; i++) {
      reserves.configurations[i] = IPoolLike(pool).getConfiguration(reserves.assets[i]);
      try IAaveOracleLike(reserves.oracle).getSourceOfAsset(reserves.assets[i]) returns (address source) {
        reserves.sources[i] = source;
      } catch {
        reserves.sources[i] = address(0);
      }
    }
  }
}
