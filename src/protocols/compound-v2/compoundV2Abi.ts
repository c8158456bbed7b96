import { parseAbi } from 'viem'

// Compound v2 views and events the loader reads (compound-protocol ComptrollerInterface, CTokenInterfaces,
// PriceOracle). `markets` returns (isListed, collateralFactorMantissa, isComped); only the first two are read.
export const comptrollerAbi = parseAbi([
  'function getAllMarkets() view returns (address[])',
  'function markets(address cToken) view returns (bool isListed, uint256 collateralFactorMantissa)',
  'function closeFactorMantissa() view returns (uint256)',
  'function liquidationIncentiveMantissa() view returns (uint256)',
  'function oracle() view returns (address)',
  'function borrowCaps(address cToken) view returns (uint256)',
  'function mintGuardianPaused(address cToken) view returns (bool)',
  'function borrowGuardianPaused(address cToken) view returns (bool)',
  'function getAssetsIn(address account) view returns (address[])',
])

export const cTokenAbi = parseAbi([
  'function underlying() view returns (address)',
  'function totalSupply() view returns (uint256)',
  'function exchangeRateStored() view returns (uint256)',
  'function totalBorrows() view returns (uint256)',
  'function totalReserves() view returns (uint256)',
  'function reserveFactorMantissa() view returns (uint256)',
  'function protocolSeizeShareMantissa() view returns (uint256)',
  'function getAccountSnapshot(address account) view returns (uint256 errorCode, uint256 cTokenBalance, uint256 borrowBalance, uint256 exchangeRateMantissa)',
  'event Borrow(address borrower, uint256 borrowAmount, uint256 accountBorrows, uint256 totalBorrows)',
])

export const compoundOracleAbi = parseAbi(['function getUnderlyingPrice(address cToken) view returns (uint256)'])
