import { formatUnits } from 'viem'
import type { Address } from '../../../model.ts'
import { makeChange } from '../../decode/makeChange.ts'
import type { DecodeContext, DecodedCall, FamilyDecodeResult } from '../../decode/types.ts'

/**
 * Compound v2 cToken admin call (`_setReserveFactor`, forks' `_setProtocolSeizeShare`) → ParameterChange[].
 * The market is the cToken's Comptroller; the asset is the cToken itself.
 *
 * @example
 * decodeCTokenCall(call, context) // cUSDC._setReserveFactor(0.6e18) → reserveFactor "0.6"
 */
export function decodeCTokenCall(call: DecodedCall, context: DecodeContext): FamilyDecodeResult {
  const market: Address = context.targetToken?.comptroller ?? context.target
  const mantissa = formatUnits(call.args[0] as bigint, 18)
  switch (call.functionName) {
    case '_setReserveFactor':
      return { changes: [makeChange(context, { protocol: 'compound-v2', market, asset: context.target, param: 'reserveFactor', after: mantissa })] }
    case '_setProtocolSeizeShare':
      return {
        changes: [
          makeChange(context, {
            protocol: 'compound-v2',
            market,
            asset: context.target,
            param: 'liquidationProtocolFee',
            after: mantissa,
            note: 'Compound-fork protocolSeizeShare: share of the seized collateral added to reserves (not a share of the bonus as in Aave)',
          }),
        ],
      }
    default:
      return { reason: `${call.signature}: no decoder for this cToken function` }
  }
}
