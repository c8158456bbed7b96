import type { Verdict } from '../../model.ts'

export type VerdictJsonOptions = {
  /** Keep the per-scenario results (`scenarios`, hundreds of kilobytes with their cascades): `--full`, `?full=1`. */
  full?: boolean
}

/**
 * A verdict as the API and `firebreak check --json` return it: everything a reader or a script needs — level,
 * findings, metrics, the charts' figures, provenance — without the per-scenario dump unless asked for.
 */
export function verdictJson(verdict: Verdict, { full = false }: VerdictJsonOptions = {}): Verdict | Omit<Verdict, 'scenarios'> {
  if (full) return verdict
  const { scenarios: _dump, ...rest } = verdict
  return rest
}

/** `?full=1` (or `true`) on a URL asks for the full dump. */
export function wantsFull(query: string | undefined): boolean {
  return query === '1' || query === 'true'
}
