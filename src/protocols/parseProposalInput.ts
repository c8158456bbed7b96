import { UNSPECIFIED_MARKET } from '../engine/applyChanges.ts'
import { InputError } from '../errors.ts'
import type { Action, Address, Hex, ParameterChange, ParameterName, Proposal, ProposalSource, ProtocolFamily } from '../model.ts'
import { formatChange } from '../verdict/format.ts'

export type ProposalInput = {
  proposal: Proposal
  /** Present when the input was a plain list of parameter changes rather than calls to decode. */
  changes?: ParameterChange[]
}

const parameterNames: ParameterName[] = [
  'collateralFactor', 'liquidationThreshold', 'liquidationBonus', 'liquidationProtocolFee', 'supplyCap', 'borrowCap',
  'debtCeiling', 'reserveFactor', 'oracle', 'frozen', 'paused', 'borrowingEnabled', 'collateralEnabled', 'closeFactor',
  'eModeCategory', 'listed',
]
const protocols: ProtocolFamily[] = ['aave-v2', 'aave-v3', 'compound-v2', 'compound-v3']

/**
 * Reads what a user hands Firebreak (POST /v1/check body, a CLI file) into a Proposal:
 * - `{ actions: [{ target, value, signature, calldata, withDelegateCall }], chainId, … }` (the model), optionally under `proposal`;
 * - the governance-data format of shared/data/proposals: `{ targets, values, signatures, calldatas, withDelegatecalls, chainId, proposalId }`;
 * - a list of parameter changes, bare or as `{ changes: [...] }`, for pre-checking a change not yet proposed.
 * Anything else is an InputError that says what is wrong and where.
 */
export function parseProposalInput(input: unknown, source: ProposalSource = 'api'): ProposalInput {
  if (Array.isArray(input)) return fromChanges(input, {}, source)
  if (!isRecord(input)) throw new InputError('Expected a JSON object: a proposal with actions, or a list of parameter changes.')
  if (isRecord(input.proposal)) return parseProposalInput(input.proposal, source)
  if (Array.isArray(input.changes)) return fromChanges(input.changes, input, source)
  const chainId = readChainId(input)
  const actions = Array.isArray(input.actions) ? input.actions.map((action, index) => readAction(action, index)) : readGovernanceArrays(input)
  if (actions.length === 0) throw new InputError('The proposal has no actions: nothing to check.')
  const id = String(input.id ?? input.proposalId ?? '') || undefined
  return {
    proposal: {
      source: isSource(input.source) ? input.source : source,
      chainId,
      ...(typeof input.governor === 'string' ? { governor: input.governor } : {}),
      id: id ?? `calls-${actions.length}-${shortDigest(JSON.stringify(actions))}`,
      ...(typeof input.url === 'string' ? { url: input.url } : {}),
      title: readTitle(input) ?? `Proposal ${id ?? 'without an id'}`,
      ...(typeof input.body === 'string' ? { body: input.body } : typeof input.description === 'string' ? { body: input.description } : {}),
      actions,
      ...(input.executor === undefined ? {} : { executor: readAddress(input.executor, 'executor') }),
    },
  }
}

function fromChanges(list: unknown[], input: Record<string, unknown>, source: ProposalSource): ProposalInput {
  if (list.length === 0) throw new InputError('The list of changes is empty: nothing to check.')
  const changes = list.map((change, index) => readChange(change, index))
  return {
    proposal: {
      source,
      chainId: changes[0].chainId,
      id: String(input.id ?? `changes-${shortDigest(JSON.stringify(changes))}`),
      title: readTitle(input) ?? `Pre-check: ${changes.map((change) => formatChange({ ...change, before: undefined })).join(', ')}`.slice(0, 200),
      actions: [],
    },
    changes,
  }
}

function readGovernanceArrays(input: Record<string, unknown>): Action[] {
  const { targets, values, signatures, calldatas } = input
  if (!Array.isArray(targets)) throw new InputError('Expected `actions`, `changes`, or `targets` with `calldatas`.')
  if (!Array.isArray(calldatas))
    throw new InputError('`calldatas` is missing.', { details: typeof input.CALLDATA_STATUS === 'string' ? input.CALLDATA_STATUS : undefined })
  const delegate = Array.isArray(input.withDelegatecalls) ? input.withDelegatecalls : []
  if (calldatas.length !== targets.length) throw new InputError(`${targets.length} targets but ${calldatas.length} calldatas.`)
  return targets.map((target, index) =>
    readAction(
      {
        target,
        value: Array.isArray(values) ? values[index] : '0',
        signature: Array.isArray(signatures) ? signatures[index] : '',
        calldata: calldatas[index],
        withDelegateCall: delegate[index] ?? false,
      },
      index,
    ),
  )
}

function readAction(value: unknown, index: number): Action {
  if (!isRecord(value)) throw new InputError(`actions[${index}] is not an object.`)
  const calldata = value.calldata ?? value.callData ?? '0x'
  if (typeof calldata !== 'string' || !/^0x([0-9a-fA-F]{2})*$/.test(calldata))
    throw new InputError(`actions[${index}].calldata is not 0x-prefixed hex of whole bytes.`)
  const amount = value.value ?? '0'
  if (!/^\d+$/.test(String(amount))) throw new InputError(`actions[${index}].value is not a whole number of wei.`)
  if (value.signature !== undefined && typeof value.signature !== 'string') throw new InputError(`actions[${index}].signature is not a string.`)
  return {
    target: readAddress(value.target, `actions[${index}].target`),
    value: String(amount),
    signature: value.signature ?? '',
    calldata: calldata as Hex,
    withDelegateCall: value.withDelegateCall === true || value.withDelegatecall === true,
    ...(value.accessLevel === 1 || value.accessLevel === 2 ? { accessLevel: value.accessLevel } : {}),
  }
}

function readChange(value: unknown, index: number): ParameterChange {
  const where = `changes[${index}]`
  if (!isRecord(value)) throw new InputError(`${where} is not an object.`)
  if (!protocols.includes(value.protocol as ProtocolFamily)) throw new InputError(`${where}.protocol must be one of ${protocols.join(', ')}.`)
  if (!parameterNames.includes(value.param as ParameterName)) throw new InputError(`${where}.param must be one of ${parameterNames.join(', ')}.`)
  if (typeof value.after !== 'string' && typeof value.after !== 'number' && typeof value.after !== 'boolean')
    throw new InputError(`${where}.after is missing.`)
  if (value.asset === undefined && value.symbol === undefined && value.param !== 'closeFactor')
    throw new InputError(`${where} names neither an asset nor a symbol.`)
  return {
    protocol: value.protocol as ProtocolFamily,
    chainId: value.chainId === undefined ? 1 : readChainId(value),
    market: value.market === undefined ? UNSPECIFIED_MARKET : readAddress(value.market, `${where}.market`),
    asset: value.asset === undefined || value.asset === null ? null : readAddress(value.asset, `${where}.asset`),
    ...(typeof value.symbol === 'string' ? { symbol: value.symbol } : {}),
    param: value.param as ParameterName,
    ...(value.before !== undefined ? { before: String(value.before) } : {}),
    after: String(value.after),
    action: typeof value.action === 'number' ? value.action : index,
    ...(typeof value.note === 'string' ? { note: value.note } : {}),
  }
}

function readChainId(input: Record<string, unknown>): number {
  const chainId = input.chainId ?? 1
  if (!Number.isSafeInteger(Number(chainId)) || Number(chainId) <= 0) throw new InputError('`chainId` must be a positive integer.')
  return Number(chainId)
}

function readAddress(value: unknown, where: string): Address {
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(value)) throw new InputError(`${where} is not a 20-byte 0x address.`)
  return value as Address
}

function readTitle(input: Record<string, unknown>): string | undefined {
  if (typeof input.title === 'string' && input.title) return input.title.slice(0, 200)
  if (typeof input.description === 'string' && input.description) return input.description.split('\n')[0].replace(/^#+\s*/, '').slice(0, 200)
  return undefined
}

function isSource(value: unknown): value is ProposalSource {
  return typeof value === 'string' && ['governor', 'governor-bravo', 'aave-governance-v2', 'aave-governance-v3', 'aave-payloads-controller', 'snapshot', 'discourse', 'api', 'cli', 'fixture'].includes(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** FNV-1a: a short stable id for inputs that carry none (not a security hash). */
function shortDigest(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}
