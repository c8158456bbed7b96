import type { QueueMessage } from './queue/QueueMessage.ts'
import type { EngineShardMessage } from './shards/engineShardMessage.ts'

// The Worker's bindings, typed once. Secrets are optional: without them a publisher logs instead of posting.
export type Env = {
  DB: D1Database
  /** Deferred work: publisher retries and slash-command follow-ups (src/queue/). */
  CHECKS: Queue<QueueMessage>
  /** Shards of large stress runs (src/shards/). */
  ENGINE_SHARDS: Queue<EngineShardMessage>
  PUBLIC_URL: string
  DEFAULT_SEED: string
  SEED_FIXTURES: string
  DISCORD_TOKEN?: string
  DISCORD_CHANNEL_ID?: string
  /** The application's id and Ed25519 public key (hex) from the Discord developer portal. */
  DISCORD_APPLICATION_ID?: string
  DISCORD_PUBLIC_KEY?: string
  /** Discord's API base without the version; only tests point it elsewhere. */
  DISCORD_API_URL?: string
  DISCOURSE_URL?: string
  DISCOURSE_API_KEY?: string
  DISCOURSE_API_USERNAME?: string
  /** Category ("slug/id") searched by title when a proposal does not link its forum thread. */
  DISCOURSE_CATEGORY?: string
}
