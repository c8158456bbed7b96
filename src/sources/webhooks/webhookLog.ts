import { InputError } from '../../errors.ts'
import type { Address, Hex } from '../../model.ts'

/** A log as both providers deliver it, reduced to what decoding and ordering need. */
export type WebhookLog = { address: Address; topics: Hex[]; data: Hex; blockNumber: number }

type Json = Record<string, unknown>
export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const isHex = (value: unknown): value is Hex => typeof value === 'string' && /^0x[0-9a-fA-F]*$/.test(value)

/** One delivered log, checked field by field: a malformed one is an InputError (a 400 at the edge). */
export function toWebhookLog(raw: unknown, blockNumber: unknown): WebhookLog {
  if (!isRecord(raw)) throw new InputError('A log is not an object.')
  const address = isRecord(raw.account) ? raw.account.address : raw.address
  const number = raw.blockNumber ?? blockNumber
  if (!isHex(address) || address.length !== 42) throw new InputError('A log has no 20-byte address.')
  if (!Array.isArray(raw.topics) || !raw.topics.every(isHex)) throw new InputError('A log has no topics array of hex strings.')
  if (!isHex(raw.data)) throw new InputError('A log has no hex data.')
  const block = typeof number === 'number' ? number : typeof number === 'string' ? Number(number) : Number.NaN
  if (!Number.isSafeInteger(block)) throw new InputError('A log has no block number.')
  return { address: address.toLowerCase() as Address, topics: raw.topics, data: raw.data, blockNumber: block }
}
