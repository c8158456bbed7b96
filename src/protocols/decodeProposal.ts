import type { DecodedProposal, Proposal } from '../model.ts'

/** Placeholder until the protocol decoders land: every action is reported as not decoded. */
export function decodeProposal(proposal: Proposal): DecodedProposal {
  return {
    changes: [],
    unknown: proposal.actions.map((action, index) => ({
      action: index,
      target: action.target,
      selector: action.signature ? null : action.calldata.length >= 10 ? (action.calldata.slice(0, 10) as `0x${string}`) : null,
      ...(action.signature ? { signature: action.signature } : {}),
      reason: 'no decoder for this call yet',
    })),
  }
}
