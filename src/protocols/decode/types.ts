import type { AbiFunction } from 'viem'
import type { Address, Hex, ParameterChange } from '../../model.ts'
import type { Deployment, DeploymentKind, Token } from '../deployments.ts'

/** A call whose arguments decoded strictly against one ABI function. */
export type DecodedCall = {
  selector: Hex
  /** Canonical signature, e.g. "setSupplyCap(address,uint256)". */
  signature: string
  functionName: string
  args: readonly unknown[]
}

export type DecodeContext = {
  chainId: number
  /** Index of the action in the proposal. */
  action: number
  target: Address
  /** What the registry knows about the target; absent for an unknown target. */
  deployment?: Deployment
  /** The target as a token (a cToken carries its Comptroller and underlying decimals). */
  targetToken?: Token
  /** Said on every change from this call, e.g. that the target is not in the registry. */
  note?: string
}

/**
 * What a family decoder makes of a call: parameter changes, a reason it cannot
 * express the call as changes, or (CometProxyAdmin) the activation of pending Configurator changes.
 */
export type FamilyDecodeResult =
  | { changes: ParameterChange[] }
  | { reason: string }
  | { activates: { market: Address } }

/** One protocol contract type: its risk-setter ABI and how to turn a decoded call into changes. */
export type CallFamily = {
  kind: DeploymentKind
  /** Said in reasons and notes: "Aave v3 PoolConfigurator". */
  label: string
  abi: readonly AbiFunction[]
  decode(call: DecodedCall, context: DecodeContext): FamilyDecodeResult
}
