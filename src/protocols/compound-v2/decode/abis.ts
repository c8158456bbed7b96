import { parseAbi } from 'viem'

// Sources: compound-finance/compound-protocol contracts/Comptroller.sol (admin functions `_set…`,
// `_supportMarket`; `_setMarketSupplyCaps` exists in later Comptroller versions and forks) and
// contracts/CToken.sol (`_setReserveFactor`); `_setProtocolSeizeShare` is a cToken admin function in
// Compound v2 forks (Moonwell MToken, Aurigami AuToken) where the seize share is not a constant.

export const comptrollerAbi = parseAbi([
  'function _setCollateralFactor(address cToken, uint256 newCollateralFactorMantissa)',
  'function _setPriceOracle(address newOracle)',
  'function _setMarketBorrowCaps(address[] cTokens, uint256[] newBorrowCaps)',
  'function _setMarketSupplyCaps(address[] cTokens, uint256[] newSupplyCaps)',
  'function _setLiquidationIncentive(uint256 newLiquidationIncentiveMantissa)',
  'function _setCloseFactor(uint256 newCloseFactorMantissa)',
  'function _setMintPaused(address cToken, bool state)',
  'function _setBorrowPaused(address cToken, bool state)',
  'function _setTransferPaused(bool state)',
  'function _setSeizePaused(bool state)',
  'function _supportMarket(address cToken)',
])

export const cTokenAbi = parseAbi([
  'function _setReserveFactor(uint256 newReserveFactorMantissa)',
  'function _setProtocolSeizeShare(uint256 newProtocolSeizeShareMantissa)',
])
