import { concat, keccak256, slice, stringToBytes } from 'viem'
import type { Action, Hex } from '../../model.ts'

export type ResolveCalldataReturnType =
  | { ok: true; selector: Hex; calldata: Hex; signature?: string }
  | { ok: false; selector: Hex | null; signature?: string; reason: string }

const HEX = /^0x[0-9a-fA-F]*$/
// name(types) with balanced parentheses; GovernorBravo hashes the string exactly as written.
const SIGNATURE = /^[A-Za-z_$][A-Za-z0-9_$]*\(.*\)$/

/**
 * The full calldata an action sends, whichever way the governor stored it.
 * GovernorBravo / Aave governance v2 style: `signature` is non-empty and `calldata` holds the
 * arguments only; the selector is keccak256(signature)[:4] (GovernorBravoDelegate.execute →
 * Timelock.executeTransaction: `abi.encodePacked(bytes4(keccak256(bytes(signature))), data)`).
 * OZ Governor / Aave payload style: `signature` is empty and `calldata` starts with the selector.
 *
 * @example
 * resolveCalldata({ target, value: '0', signature: 'freezeReserve(address)', calldata: '0x…20 bytes…', withDelegateCall: false })
 */
export function resolveCalldata(action: Action): ResolveCalldataReturnType {
  const raw: unknown = action.calldata
  const signature = typeof action.signature === 'string' ? action.signature : ''
  if (typeof raw !== 'string' || !HEX.test(raw)) {
    const shown = typeof raw === 'string' ? JSON.stringify(raw.slice(0, 24) + (raw.length > 24 ? '…' : '')) : typeof raw
    return { ok: false, selector: null, signature: signature || undefined, reason: `calldata is not 0x-prefixed hex: ${shown}` }
  }
  if (raw.length % 2 !== 0) {
    return { ok: false, selector: null, signature: signature || undefined, reason: `calldata has an odd number of hex digits (${raw.length - 2}): not whole bytes` }
  }
  const calldata = raw as Hex
  if (signature !== '') {
    if (!SIGNATURE.test(signature) || !balanced(signature)) {
      return { ok: false, selector: null, signature, reason: `signature ${JSON.stringify(signature)} is not a function signature name(types): cannot compute the selector` }
    }
    const selector = slice(keccak256(stringToBytes(signature)), 0, 4)
    return { ok: true, selector, calldata: concat([selector, calldata]), signature }
  }
  const bytes = (calldata.length - 2) / 2
  if (bytes === 0) return { ok: false, selector: null, reason: 'empty calldata and no signature: a plain value transfer or fallback call, no function to decode' }
  if (bytes < 4) return { ok: false, selector: null, reason: `calldata has ${bytes} byte(s): too short for a 4-byte selector` }
  return { ok: true, selector: slice(calldata, 0, 4), calldata }
}

function balanced(signature: string): boolean {
  let depth = 0
  for (const char of signature) {
    if (char === '(') depth++
    else if (char === ')' && --depth < 0) return false
  }
  return depth === 0
}
