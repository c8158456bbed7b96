import type { Env } from '../env.ts'
import type { Verdict } from '../model.ts'

/** A place verdicts are posted. `publish` throws on failure so the caller can retry; it never drops silently. */
export type Publisher = {
  name: string
  /** False when its credentials are not configured: the verdict is logged instead of posted. */
  configured: (env: Env) => boolean
  publish: (env: Env, verdict: Verdict) => Promise<void>
}
