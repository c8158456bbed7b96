import { type AbiFunction, decodeFunctionData, encodeFunctionData, toFunctionSelector, toFunctionSignature } from 'viem'
import type { Hex } from '../../model.ts'
import type { DecodedCall } from './types.ts'

export type DecodeCallReturnType = { ok: true; call: DecodedCall } | { ok: false; reason: string }

/**
 * Decode calldata against one ABI function, strictly: the arguments must decode and their
 * canonical ABI encoding must equal the calldata byte for byte, so a wrong length, trailing
 * bytes, dirty address padding or a bool other than 0/1 are refused rather than read loosely.
 *
 * @example
 * decodeCall(parseAbiItem('function freezeReserve(address asset)'), '0x7aca76eb…')
 */
export function decodeCall(abiFunction: AbiFunction, calldata: Hex): DecodeCallReturnType {
  const signature = toFunctionSignature(abiFunction)
  let args: readonly unknown[]
  try {
    args = decodeFunctionData({ abi: [abiFunction], data: calldata }).args ?? []
  } catch (error) {
    const message = error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error)
    return { ok: false, reason: `${signature}: arguments do not decode (${bytes(calldata)} bytes of calldata): ${message}` }
  }
  let canonical: Hex
  try {
    canonical = encodeFunctionData({ abi: [abiFunction], functionName: abiFunction.name, args })
  } catch (error) {
    const message = error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error)
    return { ok: false, reason: `${signature}: decoded arguments are out of range: ${message}` }
  }
  if (canonical.toLowerCase() !== calldata.toLowerCase()) {
    const expected = bytes(canonical)
    const actual = bytes(calldata)
    return {
      ok: false,
      reason:
        expected === actual
          ? `${signature}: calldata is not the canonical ABI encoding of its arguments (dirty padding or an out-of-range value)`
          : `${signature}: calldata is ${actual} bytes but the ABI encoding of its arguments is ${expected} bytes`,
    }
  }
  return { ok: true, call: { selector: toFunctionSelector(abiFunction), signature, functionName: abiFunction.name, args } }
}

function bytes(hex: Hex): number {
  return (hex.length - 2) / 2
}
