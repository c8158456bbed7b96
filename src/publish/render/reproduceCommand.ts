import type { Verdict } from '../../model.ts'

/** The command that re-runs a verdict from its input (GET /v1/verdicts/:id/input) and gets the same numbers. */
export function reproduceCommand(verdict: Verdict, publicUrl: string): string {
  return `curl -s ${publicUrl}/v1/verdicts/${verdict.id}/input > input.json && npx firebreak check input.json --seed ${verdict.provenance.seed}`
}
