import type { Verdict } from '../../model.ts'

/**
 * The CLI command that re-runs a verdict's check: same proposal, same seed; the verdict page lists
 * the state hash, scenario-set hash and engine version the re-run must match.
 * @example reproduceCommand(verdict) // "npx firebreak check https://… --seed 7"
 */
export function reproduceCommand(verdict: Verdict): string {
  const proposal = verdict.proposal.url ?? `--chain ${verdict.proposal.chainId} --id ${verdict.proposal.id}`
  return `npx firebreak check ${proposal} --seed ${verdict.provenance.seed}`
}
