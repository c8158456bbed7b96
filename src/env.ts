// The Worker's bindings, typed once. Secrets are optional: without them a publisher logs instead of posting.
export type Env = {
  DB: D1Database
  /** Shards of large stress runs (src/shards/). */
  ENGINE_SHARDS: Queue<import('./shards/engineShardMessage.ts').EngineShardMessage>
  PUBLIC_URL: string
  DEFAULT_SEED: string
  SEED_FIXTURES: string
  DISCORD_TOKEN?: string
  DISCORD_CHANNEL_ID?: string
  DISCOURSE_URL?: string
  DISCOURSE_API_KEY?: string
  DISCOURSE_API_USERNAME?: string
}
