import type { Address, ParameterChange, ParameterName, ProtocolFamily } from '../../model.ts'
import { lookupAddress } from '../deployments.ts'
import type { DecodeContext } from './types.ts'

export type MakeChangeParameters = {
  protocol: ProtocolFamily
  market: Address
  asset: Address | null
  param: ParameterName
  after: string
  note?: string
  eModeCategory?: number
}

/**
 * One ParameterChange from a decoded call: adds the action index, the asset's symbol from the
 * registry, and the call-wide note (for example "target not in the registry") after the change's own.
 * `before` stays unset: calldata says what a parameter becomes, not what it was.
 */
export function makeChange(context: DecodeContext, parameters: MakeChangeParameters): ParameterChange {
  const { protocol, market, asset, param, after, note, eModeCategory } = parameters
  const symbol = asset === null ? undefined : lookupAddress(context.chainId, asset).token?.symbol
  const notes = [note, context.note].filter((n): n is string => Boolean(n))
  return {
    protocol,
    chainId: context.chainId,
    market,
    asset,
    ...(symbol ? { symbol } : {}),
    param,
    after,
    action: context.action,
    ...(eModeCategory === undefined ? {} : { eModeCategory }),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  }
}
