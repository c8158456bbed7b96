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
  /** Markets the cron keeps snapshots of: JSON [{ "protocol": "aave-v3", "chainId": 1, "market": "0x…" }]. */
  SNAPSHOT_MARKETS?: string
  /** Secret: JSON-RPC URLs per chain, tried in order: JSON { "1": ["https://…", "https://…"] }. */
  RPC_URLS?: string
  /** A market's snapshot is read again once the stored one is older than this (default 60). */
  SNAPSHOT_MAX_AGE_MINUTES?: string
}
