import type { Proposal } from '../../model.ts'

/**
 * A short content hash of what a check reads from a proposal (title, body, actions, text changes):
 * the same proposal delivered twice has the same version; an edited one gets a new version.
 */
export async function proposalVersion(proposal: Proposal): Promise<string> {
  const content = JSON.stringify([proposal.title, proposal.body ?? '', proposal.actions, proposal.changes ?? []])
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content)))
  return Array.from(digest.slice(0, 12), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
