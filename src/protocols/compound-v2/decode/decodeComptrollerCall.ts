import { formatUnits } from 'viem'
import type { Address, ParameterChange, ParameterName } from '../../../model.ts'
import { lookupAddress } from '../../deployments.ts'
import { makeChange } from '../../decode/makeChange.ts'
import type { DecodeContext, DecodedCall, FamilyDecodeResult } from '../../decode/types.ts'

// Compound mantissas are scaled by 1e18 (ExponentialNoError.expScale).
const MANTISSA_DECIMALS = 18
const ONE = 10n ** 18n

/**
 * Compound v2 Comptroller admin call → ParameterChange[].
 * Collateral factor 0.825e18 → "0.825"; liquidation incentive 1.08e18 → liquidationBonus "0.08";
 * caps are underlying base units → whole tokens using the cToken's underlying decimals.
 *
 * @example
 * decodeComptrollerCall(call, context) // _setCollateralFactor(cMKR, 0.35e18) → collateralFactor "0.35"
 */
export function decodeComptrollerCall(call: DecodedCall, context: DecodeContext): FamilyDecodeResult {
  const market: Address = context.deployment?.markets?.[0] ?? context.target
  const change = (asset: Address | null, param: ParameterName, after: string, note?: string): ParameterChange =>
    makeChange(context, { protocol: 'compound-v2', market, asset, param, after, note })
  const args = call.args
  const guardian = (state: boolean) => `${state ? 'paused' : 'unpaused'} by the Comptroller guardian flag`

  switch (call.functionName) {
    case '_setCollateralFactor':
      return { changes: [change(args[0] as Address, 'collateralFactor', formatUnits(args[1] as bigint, MANTISSA_DECIMALS), unlistedNote(context, args[0] as Address))] }
    case '_setPriceOracle':
      return { changes: [change(null, 'oracle', args[0] as Address, 'replaces the price oracle of every market of this Comptroller')] }
    case '_setMarketBorrowCaps':
    case '_setMarketSupplyCaps': {
      const [cTokens, caps] = args as [readonly Address[], readonly bigint[]]
      // Comptroller._setMarketBorrowCaps: require(numMarkets != 0 && numMarkets == numBorrowCaps, "invalid input").
      if (cTokens.length === 0 || cTokens.length !== caps.length) {
        return { reason: `${call.signature}: ${cTokens.length} cTokens and ${caps.length} caps; the Comptroller reverts with "invalid input"` }
      }
      const param: ParameterName = call.functionName === '_setMarketBorrowCaps' ? 'borrowCap' : 'supplyCap'
      const changes: ParameterChange[] = []
      for (const [index, cToken] of cTokens.entries()) {
        const underlyingDecimals = lookupAddress(context.chainId, cToken).token?.underlyingDecimals
        if (underlyingDecimals === undefined) {
          return { reason: `${call.signature}: cToken ${cToken} is not in the registry, so its underlying decimals (the unit of the cap ${caps[index]}) are unknown` }
        }
        changes.push(change(cToken, param, formatUnits(caps[index], underlyingDecimals), 'whole underlying tokens; 0 = no cap'))
      }
      return { changes }
    }
    case '_setLiquidationIncentive':
      return { changes: [change(null, 'liquidationBonus', formatUnits((args[0] as bigint) - ONE, MANTISSA_DECIMALS), `incentive mantissa ${args[0]} (seize value / repay value); every market`)] }
    case '_setCloseFactor':
      return { changes: [change(null, 'closeFactor', formatUnits(args[0] as bigint, MANTISSA_DECIMALS), 'largest share of a borrow repaid in one liquidation; every market')] }
    case '_setMintPaused':
      return { changes: [change(args[0] as Address, 'supplyPaused', String(args[1] as boolean), `minting ${guardian(args[1] as boolean)}`)] }
    case '_setBorrowPaused':
      return { changes: [change(args[0] as Address, 'borrowingEnabled', String(!(args[1] as boolean)), `borrowing ${guardian(args[1] as boolean)}`)] }
    case '_setTransferPaused':
      return { changes: [change(null, 'transferPaused', String(args[0] as boolean), 'every market')] }
    case '_setSeizePaused':
      return { changes: [change(null, 'seizePaused', String(args[0] as boolean), 'every market: liquidations cannot seize collateral while paused')] }
    case '_supportMarket':
      return { changes: [change(args[0] as Address, 'listed', 'true', 'listed with collateral factor 0 until _setCollateralFactor')] }
    default:
      return { reason: `${call.signature}: no decoder for this Comptroller function` }
  }
}

function unlistedNote(context: DecodeContext, cToken: Address): string | undefined {
  return lookupAddress(context.chainId, cToken).token ? undefined : `cToken ${cToken} is not in the registry`
}
