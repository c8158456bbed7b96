// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// NOT Compound's bytecode. Compound v2 and Compound III do not publish compiled artifacts on npm, so the
// loaders are tested against these small contracts that expose the same view functions, return shapes and
// events as Compound's Comptroller/CToken (compound-finance/compound-protocol) and Comet
// (compound-finance/comet CometMainInterface), with state set directly by test helpers.

interface IERC20Decimals { function decimals() external view returns (uint8); }

/// Chainlink AggregatorV3 shape: decimals, description, latestRoundData.
contract TestPriceFeed {
  int256 public answer;
  string public description;
  constructor(int256 answer_, string memory description_) { answer = answer_; description = description_; }
  function decimals() external pure returns (uint8) { return 8; }
  function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
    return (1, answer, block.timestamp, block.timestamp, 1);
  }
}

/// Compound v2 PriceOracle shape: USD price scaled by 1e(36 - underlying decimals).
contract ComptrollerLikeOracle {
  mapping(address => uint256) internal prices;
  function setUnderlyingPrice(address cToken, uint256 price) external { prices[cToken] = price; }
  function getUnderlyingPrice(address cToken) external view returns (uint256) { return prices[cToken]; }
}

contract ComptrollerLike {
  struct Market { bool isListed; uint256 collateralFactorMantissa; bool isComped; }
  mapping(address => Market) public markets;
  mapping(address => uint256) public borrowCaps;
  mapping(address => bool) public mintGuardianPaused;
  mapping(address => bool) public borrowGuardianPaused;
  uint256 public closeFactorMantissa;
  uint256 public liquidationIncentiveMantissa;
  address public oracle;
  address[] internal allMarkets;
  mapping(address => address[]) internal accountAssets;

  constructor(address oracle_, uint256 closeFactorMantissa_, uint256 liquidationIncentiveMantissa_) {
    oracle = oracle_;
    closeFactorMantissa = closeFactorMantissa_;
    liquidationIncentiveMantissa = liquidationIncentiveMantissa_;
  }
  function supportMarket(address cToken, uint256 collateralFactorMantissa, uint256 borrowCap) external {
    markets[cToken] = Market(true, collateralFactorMantissa, false);
    borrowCaps[cToken] = borrowCap;
    allMarkets.push(cToken);
  }
  function setBorrowPaused(address cToken, bool paused) external { borrowGuardianPaused[cToken] = paused; }
  function enterMarket(address account, address cToken) external {
    address[] storage entered = accountAssets[account];
    for (uint256 i = 0; i < entered.length; i++) if (entered[i] == cToken) return;
    entered.push(cToken);
  }
  function getAllMarkets() external view returns (address[] memory) { return allMarkets; }
  function getAssetsIn(address account) external view returns (address[] memory) { return accountAssets[account]; }
}

contract CTokenLike {
  address public underlying;
  ComptrollerLike public comptroller;
  string public symbol;
  uint8 public constant decimals = 8;
  uint256 public totalSupply;
  uint256 public totalBorrows;
  uint256 public totalReserves;
  uint256 public exchangeRateStored;
  uint256 public reserveFactorMantissa;
  uint256 public protocolSeizeShareMantissa;
  mapping(address => uint256) public balanceOf;
  mapping(address => uint256) internal borrowBalances;

  event Borrow(address borrower, uint256 borrowAmount, uint256 accountBorrows, uint256 totalBorrows);

  constructor(address underlying_, ComptrollerLike comptroller_, string memory symbol_, uint256 exchangeRate_, uint256 reserveFactor_, uint256 totalReserves_) {
    underlying = underlying_;
    comptroller = comptroller_;
    symbol = symbol_;
    exchangeRateStored = exchangeRate_;
    reserveFactorMantissa = reserveFactor_;
    totalReserves = totalReserves_;
    protocolSeizeShareMantissa = 28e15; // 2.8 %, Compound's value
  }
  /// Supplies `underlyingAmount` for `account` and enters the market as collateral.
  function mintFor(address account, uint256 underlyingAmount) external {
    uint256 cTokens = (underlyingAmount * 1e18) / exchangeRateStored;
    balanceOf[account] += cTokens;
    totalSupply += cTokens;
    comptroller.enterMarket(account, address(this));
  }
  function borrowFor(address account, uint256 amount) external {
    borrowBalances[account] += amount;
    totalBorrows += amount;
    emit Borrow(account, amount, borrowBalances[account], totalBorrows);
  }
  function borrowBalanceStored(address account) external view returns (uint256) { return borrowBalances[account]; }
  function getAccountSnapshot(address account) external view returns (uint256, uint256, uint256, uint256) {
    return (0, balanceOf[account], borrowBalances[account], exchangeRateStored);
  }
}

contract CometLike {
  struct AssetInfo {
    uint8 offset;
    address asset;
    address priceFeed;
    uint64 scale;
    uint64 borrowCollateralFactor;
    uint64 liquidateCollateralFactor;
    uint64 liquidationFactor;
    uint128 supplyCap;
  }
  struct TotalsCollateral { uint128 totalSupplyAsset; uint128 _reserved; }

  address public baseToken;
  address public baseTokenPriceFeed;
  uint256 public totalSupply;
  uint256 public totalBorrow;
  int256 internal reserves;
  bool public isSupplyPaused;
  bool public isWithdrawPaused;
  AssetInfo[] internal assets;
  mapping(address => TotalsCollateral) public totalsCollateral;
  mapping(address => mapping(address => uint128)) public collateralBalanceOf;
  mapping(address => uint256) public borrowBalanceOf;

  event Withdraw(address indexed src, address indexed to, uint256 amount);

  constructor(address baseToken_, address baseTokenPriceFeed_, uint256 totalSupply_, int256 reserves_) {
    baseToken = baseToken_;
    baseTokenPriceFeed = baseTokenPriceFeed_;
    totalSupply = totalSupply_;
    reserves = reserves_;
  }
  function addAsset(address asset, address priceFeed, uint64 borrowCF, uint64 liquidateCF, uint64 liquidationFactor, uint128 supplyCap) external {
    uint64 scale = uint64(10 ** IERC20Decimals(asset).decimals());
    assets.push(AssetInfo(uint8(assets.length), asset, priceFeed, scale, borrowCF, liquidateCF, liquidationFactor, supplyCap));
  }
  function supplyCollateralFor(address account, address asset, uint128 amount) external {
    collateralBalanceOf[account][asset] += amount;
    totalsCollateral[asset].totalSupplyAsset += amount;
  }
  function borrowFor(address account, uint256 amount) external {
    borrowBalanceOf[account] += amount;
    totalBorrow += amount;
    emit Withdraw(account, account, amount);
  }
  function numAssets() external view returns (uint8) { return uint8(assets.length); }
  function getAssetInfo(uint8 i) external view returns (AssetInfo memory) { return assets[i]; }
  function getReserves() external view returns (int256) { return reserves; }
  function getPrice(address priceFeed) external view returns (uint256) {
    (, int256 price, , , ) = TestPriceFeed(priceFeed).latestRoundData();
    return uint256(price);
  }
}
