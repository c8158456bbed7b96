import { type AbiFunction, parseAbiItem, toFunctionSelector, toFunctionSignature } from 'viem'
import type { Action, Address, DecodedProposal, Hex, ParameterChange, Proposal, UnknownAction } from '../model.ts'
import { callFamilies } from './decode/callFamilies.ts'
import { decodeCall } from './decode/decodeCall.ts'
import { nonRiskFunctions } from './decode/nonRiskFunctions.ts'
import { resolveCalldata } from './decode/resolveCalldata.ts'
import type { CallFamily, DecodeContext } from './decode/types.ts'
import { lookupAddress } from './deployments.ts'

const ZERO_ADDRESS: Address = '0x0000000000000000000000000000000000000000'
const EXECUTE = toFunctionSelector('execute()')
// Aave governance v2 CrosschainForwarder.execute(address l2PayloadContract), and generic payload executors.
const EXECUTE_ADDRESS = parseAbiItem('function execute(address payload)')
const EXECUTE_ADDRESS_SELECTOR = toFunctionSelector(EXECUTE_ADDRESS)
const selectorIndex = new Map(callFamilies.map((family) => [family, new Map(family.abi.map((item) => [toFunctionSelector(item), item]))]))

type ActionResult = { changes: ParameterChange[] } | { unknown: UnknownAction } | { activates: { market: Address } }

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
  const results = actions.map((action: Action, index): ActionResult => {
    try {
      return decodeAction(action, index, proposal.chainId)
    } catch (error) {
      // A decoder bug must cost one action, not the proposal.
      const message = error instanceof Error ? error.message : String(error)
      return { unknown: { action: index, target: action?.target ?? ZERO_ADDRESS, selector: null, reason: `decoder error: ${message}` } }
    }
  })
  return linkCometActivations(actions as Action[], results)
}

function decodeAction(action: Action, index: number, chainId: number): ActionResult {
  const target = action.target
  const unknown = (selector: Hex | null, reason: string, signature?: string): ActionResult => ({
    unknown: { action: index, target, selector, ...(signature ? { signature } : {}), reason },
  })
  const resolved = resolveCalldata(action)
  if (!resolved.ok) {
    const payload = action.withDelegateCall ? ' (delegatecall: a payload whose changes need simulation)' : ''
    return unknown(resolved.selector, resolved.reason + payload, resolved.signature)
  }
  const { selector, calldata, signature } = resolved
  const { deployment, token } = lookupAddress(chainId, target)
  const shownSignature = signature ?? knownSignature(selector)

  if (deployment?.kind === 'aave-crosschain-forwarder' || deployment?.kind === 'bridge') {
    let payload = ''
    if (selector === EXECUTE_ADDRESS_SELECTOR) {
      const decoded = decodeCall(EXECUTE_ADDRESS, calldata)
      if (decoded.ok) payload = `: payload ${decoded.call.args[0]} executes there`
    }
    return unknown(selector, `cross-chain message to chain ${deployment.destinationChainId} via ${deployment.name}${payload}; its changes need decoding or simulation on that chain`, shownSignature)
  }
  if (deployment?.kind === 'aave-arc-timelock') {
    return unknown(selector, `queues actions on the ${deployment.name} (permissioned Arc market); the queued actions need decoding`, shownSignature)
  }
  if (action.withDelegateCall) {
    return unknown(selector, `payload: ${shownSignature ?? selector} by delegatecall on ${target}: the payload's code runs as the executor, so its changes are visible only by simulation (needs simulation)`, shownSignature)
  }

  const targetKind = deployment?.kind ?? (token?.comptroller ? 'compound-v2-ctoken' : undefined)
  const targetFamily = callFamilies.find((family) => family.kind === targetKind)
  const candidates = callFamilies.filter((family) => functionFor(family, selector))
  let family: CallFamily | undefined
  let note: string | undefined
  if (targetFamily) {
    if (functionFor(targetFamily, selector)) family = targetFamily
    else {
      const why = nonRiskFunctions.get(selector)
      if (why) return unknown(selector, why, shownSignature)
      const other = candidates[0]
      if (other) {
        return unknown(selector, `${toSignature(other, selector)} belongs to ${other.label}, but the target is ${deployment?.name ?? token?.symbol}: not decoded`, shownSignature)
      }
      return unknown(selector, `unknown selector ${selector} for ${targetFamily.label} ${target}`, shownSignature)
    }
  } else {
    const why = nonRiskFunctions.get(selector)
    if (why) return unknown(selector, why, shownSignature)
    if (selector === EXECUTE || selector === EXECUTE_ADDRESS_SELECTOR) {
      return unknown(selector, `payload: ${shownSignature ?? selector} on ${target} runs code Firebreak cannot read from calldata (needs simulation)`, shownSignature)
    }
    family = candidates[0]
    if (!family) {
      const known = deployment ? `${deployment.name} ${target}` : `target ${target} (not in the registry)`
      return unknown(selector, `unknown selector ${selector} on ${known}`, shownSignature)
    }
    note = `target ${target} is not in Firebreak's deployment registry; decoded as ${family.label} by its selector`
  }

  const abiFunction = functionFor(family, selector) as AbiFunction
  const decoded = decodeCall(abiFunction, calldata)
  if (!decoded.ok) return unknown(selector, decoded.reason, shownSignature ?? toSignature(family, selector))
  const context: DecodeContext = { chainId, action: index, target, deployment, targetToken: token, note }
  const result = family.decode(decoded.call, context)
  if ('reason' in result) return unknown(selector, result.reason, decoded.call.signature)
  return result
}

/**
 * Comet Configurator changes are pending until CometProxyAdmin.deployAndUpgradeTo deploys them:
 * name the action that makes each effective, and label an activation with nothing before it.
 */
function linkCometActivations(actions: Action[], results: ActionResult[]): DecodedProposal {
  const changes: ParameterChange[] = []
  const unknown: UnknownAction[] = []
  for (const [index, result] of results.entries()) {
    if ('unknown' in result) unknown.push(result.unknown)
    else if ('changes' in result) changes.push(...result.changes)
    else if (!changes.some((change) => isPendingFor(change, result.activates.market))) {
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
    if (change.protocol !== 'compound-v3' || !change.note?.includes('pending in the Configurator')) continue
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
