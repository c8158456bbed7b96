// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IPoolLike {
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
/// permissions, as the real execution would. It returns what the pool's risk configuration is before and after
/// the payload ran: reserve configurations, price sources, interest-rate strategies and eMode categories. Nothing
/// is written to the chain. Works on Aave v2 LendingPools and every Aave v3 Pool version (3.0 to 3.4).
contract AavePayloadProbe {
  struct EModeCategory {
    uint8 id;
    uint16 ltv;
    uint16 liquidationThreshold;
    uint16 liquidationBonus;
    address priceSource;
    uint128 collateralBitmap;
    uint128 borrowableBitmap;
  }

  struct Market {
    address oracle;
    address[] assets;
    uint256[] configurations;
    address[] sources;
    /// The reserve's id: its bit in the eMode bitmaps (Aave v3.2+).
    uint16[] reserveIds;
    /// keccak256 of the interest-rate strategy address and, where the strategy keeps per-reserve data (v3.2+), that data.
    bytes32[] rateKeys;
    /// Categories with a liquidation threshold; read until 8 ids in a row are empty.
    EModeCategory[] eModes;
    /// True on Aave v3.2+, where eMode membership lives in the categories' bitmaps, not in the reserve configuration.
    bool eModeBitmaps;
  }

  struct LegacyEModeCategory {
    uint16 ltv;
    uint16 liquidationThreshold;
    uint16 liquidationBonus;
    address priceSource;
    string label;
  }

  uint256 private constant EMPTY_EMODE_IDS_TO_STOP = 8;

  function probe(address payload, address pool) external returns (Market memory before, Market memory afterwards) {
    before = read(pool);
    (bool ok, bytes memory result) = payload.delegatecall(abi.encodeWithSignature("execute()"));
    if (!ok) {
      assembly {
        revert(add(result, 32), mload(result))
      }
    }
    afterwards = read(pool);
  }

  function read(address pool) internal view returns (Market memory market) {
    // Aave v3 Pool: ADDRESSES_PROVIDER(); Aave v2 LendingPool: getAddressesProvider().
    (bool v3, bytes memory provider) = pool.staticcall(abi.encodeWithSignature("ADDRESSES_PROVIDER()"));
    if (!v3) {
      bool v2;
      (v2, provider) = pool.staticcall(abi.encodeWithSignature("getAddressesProvider()"));
      require(v2, "not an Aave pool");
    }
    market.oracle = IAddressesProviderLike(abi.decode(provider, (address))).getPriceOracle();
    market.assets = IPoolLike(pool).getReservesList();
    uint256 count = market.assets.length;
    market.configurations = new uint256[](count);
    market.sources = new address[](count);
    market.reserveIds = new uint16[](count);
    market.rateKeys = new bytes32[](count);
    for (uint256 i = 0; i < count; i++) {
      address asset = market.assets[i];
      market.configurations[i] = IPoolLike(pool).getConfiguration(asset);
      try IAaveOracleLike(market.oracle).getSourceOfAsset(asset) returns (address source) {
        market.sources[i] = source;
      } catch {}
      (market.reserveIds[i], market.rateKeys[i]) = reserveData(pool, asset, v3);
    }
    if (v3) (market.eModes, market.eModeBitmaps) = eModes(pool);
  }

  /// The id and interest-rate strategy from getReserveData, read as words so every version's struct fits:
  /// Aave v3 ReserveData (and v3.2+ ReserveDataLegacy) keep id at word 7 and the strategy at word 11, Aave v2 at 11 and 10.
  function reserveData(address pool, address asset, bool v3) internal view returns (uint16 id, bytes32 rateKey) {
    (bool ok, bytes memory data) = pool.staticcall(abi.encodeWithSignature("getReserveData(address)", asset));
    if (!ok || data.length < 12 * 32) return (type(uint16).max, bytes32(0));
    (uint256 idWord, uint256 strategyWord) = v3 ? (word(data, 7), word(data, 11)) : (word(data, 11), word(data, 10));
    address strategy = address(uint160(strategyWord));
    (bool perReserve, bytes memory rates) = strategy.staticcall(abi.encodeWithSignature("getInterestRateDataBps(address)", asset));
    return (uint16(idWord), keccak256(abi.encode(strategy, perReserve ? rates : bytes(""))));
  }

  function eModes(address pool) internal view returns (EModeCategory[] memory categories, bool bitmaps) {
    EModeCategory[] memory found = new EModeCategory[](255);
    uint256 count;
    uint256 empty;
    for (uint256 id = 1; id <= 255 && empty < EMPTY_EMODE_IDS_TO_STOP; id++) {
      (bool ok, bytes memory data) = pool.staticcall(abi.encodeWithSignature("getEModeCategoryData(uint8)", uint8(id)));
      if (!ok) break;
      LegacyEModeCategory memory category = abi.decode(data, (LegacyEModeCategory));
      if (category.liquidationThreshold == 0) {
        empty++;
        continue;
      }
      empty = 0;
      EModeCategory memory entry = found[count++];
      entry.id = uint8(id);
      entry.ltv = category.ltv;
      entry.liquidationThreshold = category.liquidationThreshold;
      entry.liquidationBonus = category.liquidationBonus;
      entry.priceSource = category.priceSource;
      (bool hasCollateral, bytes memory collateral) = pool.staticcall(abi.encodeWithSignature("getEModeCategoryCollateralBitmap(uint8)", uint8(id)));
      (bool hasBorrowable, bytes memory borrowable) = pool.staticcall(abi.encodeWithSignature("getEModeCategoryBorrowableBitmap(uint8)", uint8(id)));
      if (hasCollateral && hasBorrowable) {
        bitmaps = true;
        entry.collateralBitmap = abi.decode(collateral, (uint128));
        entry.borrowableBitmap = abi.decode(borrowable, (uint128));
      }
    }
    categories = new EModeCategory[](count);
    for (uint256 i = 0; i < count; i++) categories[i] = found[i];
  }

  function word(bytes memory data, uint256 index) internal pure returns (uint256 value) {
    assembly {
      value := mload(add(data, add(32, mul(index, 32))))
    }
  }
}
