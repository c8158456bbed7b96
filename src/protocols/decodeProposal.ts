import { type AbiFunction, parseAbiItem, toFunctionSelector, toFunctionSignature } from 'viem'
import type { Action, Address, DecodedProposal, Hex, ParameterChange, Proposal, UnknownAction } from '../model.ts'
import { decodeBridgeMessage } from './compound-v3/decode/decodeBridgeMessage.ts'
import { callFamilies } from './decode/callFamilies.ts'
import { decodeCall } from './decode/decodeCall.ts'
import { nonRiskFunctions } from './decode/nonRiskFunctions.ts'
import { resolveCalldata } from './decode/resolveCalldata.ts'
import type { CallFamily, DecodeContext } from './decode/types.ts'
import { type Deployment, lookupAddress, type Token } from './deployments.ts'

const ZERO_ADDRESS: Address = '0x0000000000000000000000000000000000000000'
const EXECUTE = toFunctionSelector('execute()')
// Aave governance v2 CrosschainForwarder.execute(address l2PayloadContract), and generic payload executors.
const EXECUTE_ADDRESS = parseAbiItem('function execute(address payload)')
const EXECUTE_ADDRESS_SELECTOR = toFunctionSelector(EXECUTE_ADDRESS)
const selectorIndex = new Map(callFamilies.map((family) => [family, new Map(family.abi.map((item) => [toFunctionSelector(item), item]))]))

type ActionResult =
  | { changes: ParameterChange[] }
  | { unknown: UnknownAction }
  | { activates: { market: Address } }
  /** A bridged message, already decoded on its destination chain. */
  | { nested: DecodedProposal }

/** Bridged messages inside bridged messages are not followed further. */
const MAX_DEPTH = 1

/**
 * A proposal's actions → the parameter changes they make, exactly, plus every action that could not
 * be read as changes (UnknownAction with a reason). Never throws and never drops an action: each
 * action yields changes, a labelled UnknownAction, or (CometProxyAdmin.deployAndUpgradeTo) the
 * activation of the Configurator changes before it, which their notes then name.
 *
 * @example
 * decodeProposal(proposal).changes // [{ param: 'liquidationThreshold', after: '0.9', … }]
 */
export function decodeProposal(proposal: Proposal): DecodedProposal {
  const actions: unknown = proposal?.actions
  if (!Array.isArray(actions) || actions.length === 0) {
    return {
      changes: [],
      unknown: [{ action: -1, target: ZERO_ADDRESS, selector: null, reason: 'proposal has no actions: nothing to decode, so nothing can be simulated' }],
    }
  }
  return decodeActions(actions as Action[], proposal.chainId, 0)
}

function decodeActions(actions: Action[], chainId: number, depth: number): DecodedProposal {
  const results = actions.map((action, index): ActionResult => {
    try {
      return decodeAction(action, index, chainId, depth)
    } catch (error) {
      // A decoder bug must cost one action, not the proposal.
      const message = error instanceof Error ? error.message : String(error)
      return { unknown: { action: index, target: action?.target ?? ZERO_ADDRESS, selector: null, reason: `decoder error: ${message}` } }
    }
  })
  return linkCometActivations(actions, results)
}

function decodeAction(action: Action, index: number, chainId: number, depth: number): ActionResult {
  const target = action.target
  const unknown = (selector: Hex | null, reason: string, signature?: string): ActionResult => ({
    unknown: { action: index, target, selector, ...(signature ? { signature } : {}), reason },
  })
  const resolved = resolveCalldata(action)
  if (!resolved.ok) {
    const payload = action.withDelegateCall ? ' (delegatecall: a payload whose changes need simulation)' : ''
    return unknown(resolved.selector, resolved.reason + payload, resolved.signature)
  }
  const { selector, calldata } = resolved
  const { deployment, token } = lookupAddress(chainId, target)
  const signature = resolved.signature ?? knownSignature(selector)

  if (deployment?.kind === 'bridge' && deployment.destinationChainId && depth < MAX_DEPTH) {
    const message = decodeBridgeMessage(calldata, deployment.destinationChainId)
    if (message.ok && message.actions.length > 0) return { nested: decodeActions(message.actions, deployment.destinationChainId, depth + 1) }
    const why = message.ok ? 'the message carries no actions' : message.reason
    return unknown(selector, `cross-chain message to chain ${deployment.destinationChainId} via ${deployment.name}: ${why}; its changes need decoding or simulation on that chain`, signature)
  }
  const routed = routedElsewhere(action, deployment, selector, calldata, signature)
  if (routed) return unknown(selector, routed, signature)
  const chosen = chooseFamily(target, deployment, token, selector, signature)
  if ('reason' in chosen) return unknown(selector, chosen.reason, signature)

  const { family, note } = chosen
  const decoded = decodeCall(functionFor(family, selector) as AbiFunction, calldata)
  if (!decoded.ok) return unknown(selector, decoded.reason, signature)
  const context: DecodeContext = { chainId, action: index, target, deployment, targetToken: token, note }
  const result = family.decode(decoded.call, context)
  if ('reason' in result) return unknown(selector, result.reason, decoded.call.signature)
  return result
}

/** Why a call's effects are not in its calldata: a payload run by delegatecall, or a message to another chain. */
function routedElsewhere(action: Action, deployment: Deployment | undefined, selector: Hex, calldata: Hex, signature: string | undefined): string | undefined {
  if (deployment?.kind === 'aave-crosschain-forwarder' || deployment?.kind === 'bridge') {
    const decoded = selector === EXECUTE_ADDRESS_SELECTOR ? decodeCall(EXECUTE_ADDRESS, calldata) : undefined
    const payload = decoded?.ok ? `: payload ${decoded.call.args[0]} executes there` : ''
    return `cross-chain message to chain ${deployment.destinationChainId} via ${deployment.name}${payload}; its changes need decoding or simulation on that chain`
  }
  if (deployment?.kind === 'aave-arc-timelock') {
    return `queues actions on the ${deployment.name} (permissioned Arc market); the queued actions need decoding`
  }
  if (action.withDelegateCall) {
    return `payload: ${signature ?? selector} by delegatecall on ${action.target}: the payload's code runs as the executor, so its changes are visible only by simulation (needs simulation)`
  }
  return undefined
}

/**
 * The contract type to decode a call as: the target's own when it has this selector; for an unknown
 * target, the first family with the selector (said in a note). Otherwise a reason it is not decoded.
 */
function chooseFamily(
  target: Address,
  deployment: Deployment | undefined,
  token: Token | undefined,
  selector: Hex,
  signature: string | undefined,
): { family: CallFamily; note?: string } | { reason: string } {
  const targetKind = deployment?.kind ?? (token?.comptroller ? 'compound-v2-ctoken' : undefined)
  const targetFamily = callFamilies.find((family) => family.kind === targetKind)
  if (targetFamily && functionFor(targetFamily, selector)) return { family: targetFamily }
  const notModelled = nonRiskFunctions.get(selector)
  if (notModelled) return { reason: notModelled }
  const candidate = callFamilies.find((family) => functionFor(family, selector))
  const known = deployment?.name ?? token?.symbol
  if (known) {
    return candidate
      ? { reason: `${toSignature(candidate, selector)} belongs to ${candidate.label}, but the target is ${known}: not decoded` }
      : { reason: `unknown selector ${selector} for ${targetFamily?.label ?? known} ${target}` }
  }
  if (selector === EXECUTE || selector === EXECUTE_ADDRESS_SELECTOR) {
    return { reason: `payload: ${signature ?? selector} on ${target} runs code Firebreak cannot read from calldata (needs simulation)` }
  }
  if (!candidate) return { reason: `unknown selector ${selector} on target ${target} (not in the registry)` }
  return { family: candidate, note: `target ${target} is not in Firebreak's deployment registry; decoded as ${candidate.label} by its selector` }
}

/**
 * Comet Configurator changes are pending until CometProxyAdmin.deployAndUpgradeTo deploys them:
 * name the action that makes each effective, and label an activation with nothing before it.
 */
function linkCometActivations(actions: Action[], results: ActionResult[]): DecodedProposal {
  const changes: ParameterChange[] = []
  const unknown: UnknownAction[] = []
  // Changes from a bridged message were linked to their own deployAndUpgradeTo on the destination chain.
  const bridged = new Set<ParameterChange>()
  for (const [index, result] of results.entries()) {
    if ('unknown' in result) unknown.push(result.unknown)
    else if ('changes' in result) changes.push(...result.changes)
    else if ('nested' in result) {
      for (const change of result.nested.changes) {
        const via = `in the cross-chain message of action ${index} to chain ${change.chainId}, its action ${change.action}`
        const outer = { ...change, action: index, note: change.note ? `${via}: ${change.note}` : via }
        bridged.add(outer)
        changes.push(outer)
      }
      unknown.push(
        ...result.nested.unknown.map((item) => ({
          ...item,
          action: index,
          target: actions[index].target,
          reason: `in the cross-chain message of action ${index}, its action ${item.action} on ${item.target}: ${item.reason}`,
        })),
      )
    } else if (!changes.some((change) => isPendingFor(change, result.activates.market))) {
      unknown.push({
        action: index,
        target: actions[index].target,
        selector: toFunctionSelector('deployAndUpgradeTo(address,address)'),
        signature: 'deployAndUpgradeTo(address,address)',
        reason: `deployAndUpgradeTo makes the Configurator's pending configuration for Comet ${result.activates.market} effective, but no Configurator change for it comes earlier in this proposal: what it activates needs the Configurator's state`,
      })
    }
  }
  for (const change of changes) {
    if (bridged.has(change) || change.protocol !== 'compound-v3' || !change.note?.includes('pending in the Configurator')) continue
    const activation = results.findIndex(
      (result, index) => index > change.action && 'activates' in result && result.activates.market.toLowerCase() === change.market.toLowerCase(),
    )
    change.note =
      activation === -1
        ? `${change.note}; no deployAndUpgradeTo for this Comet follows in this proposal, so it does not take effect here`
        : `${change.note}; takes effect at action ${activation} (CometProxyAdmin.deployAndUpgradeTo), which also activates any other configuration already pending for this Comet`
  }
  return { changes, unknown }
}

function isPendingFor(change: ParameterChange, market: Address): boolean {
  return change.protocol === 'compound-v3' && change.market.toLowerCase() === market.toLowerCase()
}

function functionFor(family: CallFamily, selector: Hex): AbiFunction | undefined {
  return selectorIndex.get(family)?.get(selector)
}

function toSignature(family: CallFamily, selector: Hex): string | undefined {
  const item = functionFor(family, selector)
  return item ? toFunctionSignature(item) : undefined
}

function knownSignature(selector: Hex): string | undefined {
  for (const family of callFamilies) {
    const signature = toSignature(family, selector)
    if (signature) return signature
  }
  return nonRiskFunctions.get(selector)?.split(':')[0]
}
