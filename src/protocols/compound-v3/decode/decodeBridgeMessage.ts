import { decodeAbiParameters, encodeAbiParameters, parseAbi, parseAbiParameters, toFunctionSelector } from 'viem'
import type { Action, Address, Hex } from '../../../model.ts'
import { decodeCall } from '../../decode/decodeCall.ts'
import { lookupAddress } from '../../deployments.ts'

// The L1 calls Compound governance makes to reach an L2 (compound-finance/comet deployments/*/migrations):
// Polygon FxRoot.sendMessageToChild, Arbitrum Inbox.createRetryableTicket, OP-stack L1CrossDomainMessenger.sendMessage.
const l1BridgeAbi = parseAbi([
  'function sendMessageToChild(address receiver, bytes data)',
  'function createRetryableTicket(address to, uint256 l2CallValue, uint256 maxSubmissionCost, address excessFeeRefundAddress, address callValueRefundAddress, uint256 gasLimit, uint256 maxFeePerGas, bytes data)',
  'function sendMessage(address target, bytes message, uint32 minGasLimit)',
])
// compound-finance/comet contracts/bridges/BaseBridgeReceiver.sol processMessage: abi.decode(data, (address[], uint256[], string[], bytes[])).
// The Arbitrum and Optimism receivers pass msg.data of their fallback, the Polygon receiver the FxChild data, unchanged.
const receiverMessage = parseAbiParameters('address[] targets, uint256[] values, string[] signatures, bytes[] calldatas')

export type DecodeBridgeMessageReturnType = { ok: true; receiver: Address; actions: Action[] } | { ok: false; reason: string }

/**
 * The governance actions inside an L1 → L2 bridge call to a Comet bridge receiver, as the receiver
 * will queue them on the destination chain (GovernorBravo style: signature + arguments).
 *
 * @example
 * decodeBridgeMessage(fxRootCalldata, 137) // { ok: true, receiver, actions: [{ target: configurator, signature: 'updateAssetSupplyCap(…)', … }] }
 */
export function decodeBridgeMessage(calldata: Hex, destinationChainId: number): DecodeBridgeMessageReturnType {
  const selector = calldata.slice(0, 10)
  const abiFunction = l1BridgeAbi.find((item) => toFunctionSelector(item) === selector)
  if (!abiFunction) return { ok: false, reason: `bridge call ${selector} is not a message send Firebreak reads` }
  const decoded = decodeCall(abiFunction, calldata)
  if (!decoded.ok) return { ok: false, reason: decoded.reason }
  const args = decoded.call.args
  const [receiver, message] = (abiFunction.name === 'createRetryableTicket' ? [args[0], args[7]] : [args[0], args[1]]) as [Address, Hex]
  if (lookupAddress(destinationChainId, receiver).deployment?.kind !== 'comet-bridge-receiver') {
    return { ok: false, reason: `the message goes to ${receiver}, not a known Comet bridge receiver on chain ${destinationChainId}` }
  }
  let targets: readonly Address[], values: readonly bigint[], signatures: readonly string[], calldatas: readonly Hex[]
  try {
    ;[targets, values, signatures, calldatas] = decodeAbiParameters(receiverMessage, message)
  } catch {
    return { ok: false, reason: 'the message is not (address[], uint256[], string[], bytes[]) as BaseBridgeReceiver expects' }
  }
  if (encodeAbiParameters(receiverMessage, [targets, values, signatures, calldatas]).toLowerCase() !== message.toLowerCase()) {
    return { ok: false, reason: 'the message is not the canonical encoding of (address[], uint256[], string[], bytes[])' }
  }
  // BaseBridgeReceiver.processMessage reverts with BadData on unequal lengths.
  if (values.length !== targets.length || signatures.length !== targets.length || calldatas.length !== targets.length) {
    return { ok: false, reason: `the message has ${targets.length} targets, ${values.length} values, ${signatures.length} signatures and ${calldatas.length} calldatas; the receiver reverts with BadData` }
  }
  return {
    ok: true,
    receiver,
    actions: targets.map((target, index) => ({ target, value: String(values[index]), signature: signatures[index], calldata: calldatas[index], withDelegateCall: false })),
  }
}
