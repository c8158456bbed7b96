import type { Env } from '../env.ts'
import type { Verdict } from '../model.ts'

/** What a publisher is asked to post: the verdict and the page it links (which also identifies the post). */
export type PublishContent = { verdict: Verdict; pageUrl: string }

/**
 * A place verdicts are posted, as the steps the publication driver (src/publish/attemptPublication.ts)
 * puts together so each proposal has exactly one post there: find where it goes, edit the post, create it
 * (idempotently where the service allows), and find a post an ambiguous create may have made. Each step
 * throws PublishError on failure; none retries or sleeps.
 */
export type Publisher = {
  name: string
  /** False when its credentials are not configured: nothing is posted there. */
  configured: (env: Env) => boolean
  /** Where this proposal's verdict goes (a channel id, a forum topic id); null when there is nowhere to post it. */
  locate: (env: Env, verdict: Verdict) => Promise<string | null>
  /** Replaces the post's content; false when the post no longer exists. */
  edit: (env: Env, parameters: PublishContent & { target: string; externalId: string }) => Promise<boolean>
  /** Creates the post and returns its id. `nonce` is the same for every retry of one version's create. */
  create: (env: Env, parameters: PublishContent & { target: string; nonce: string }) => Promise<string>
  /** The post a create sent at `since` (ms) made, if the service carried it out, found by the page it links. */
  findCreated: (env: Env, parameters: { target: string; pageUrl: string; since: number }) => Promise<string | null>
}
