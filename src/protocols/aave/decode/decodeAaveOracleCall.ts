import type { Address, ParameterChange, ProtocolFamily } from '../../../model.ts'
import { makeChange } from '../../decode/makeChange.ts'
import type { DecodeContext, DecodedCall, FamilyDecodeResult } from '../../decode/types.ts'

/**
 * AaveOracle.setAssetSources / setFallbackOracle → oracle changes, one per asset and per pool the
 * oracle serves (the Aave v2 Ethereum oracle serves the main and the AMM pool).
 *
 * @example
 * decodeAaveOracleCall(call, context, 'aave-v2') // setAssetSources([xSUSHI], [feed]) → oracle change
 */
export function decodeAaveOracleCall(call: DecodedCall, context: DecodeContext, protocol: ProtocolFamily): FamilyDecodeResult {
  const markets: Address[] = context.deployment?.markets ?? [context.target]
  if (call.functionName === 'setAssetSources') {
    const [assets, sources] = call.args as [readonly Address[], readonly Address[]]
    // AaveOracle._setAssetsSources: require(assets.length == sources.length, INCONSISTENT_PARAMS_LENGTH).
    if (assets.length !== sources.length) {
      return { reason: `${call.signature}: ${assets.length} assets but ${sources.length} sources; AaveOracle reverts on inconsistent lengths` }
    }
    return {
      changes: markets.flatMap((market) =>
        assets.map((asset, index): ParameterChange => makeChange(context, { protocol, market, asset, param: 'oracle', after: sources[index], note: 'AaveOracle asset source' })),
      ),
    }
  }
  if (call.functionName === 'setFallbackOracle') {
    return {
      changes: markets.map((market) =>
        makeChange(context, {
          protocol,
          market,
          asset: null,
          param: 'oracle',
          after: call.args[0] as Address,
          note: 'AaveOracle fallback oracle: consulted only when an asset source returns a price <= 0; asset sources are unchanged',
        }),
      ),
    }
  }
  return { reason: `${call.signature}: no decoder for this AaveOracle function` }
}
