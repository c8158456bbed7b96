import type { QueueMessage } from './queue/QueueMessage.ts'

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
  /**
   * Discovered proposals waiting for their check, publisher retries and slash-command follow-ups
   * (consumer: src/queue/handleQueue.ts; dead letters: firebreak-checks-dlq).
   */
  CHECKS: Queue<QueueMessage>
  /** Secret: JSON-RPC URLs per chain, tried in order, for polling governors and reading snapshots: {"1": ["https://…", "https://…"]} (see readRpcUrls). */
  RPC_URLS?: string
  /** Blocks behind the head a poll reads to (reorg safety); default 12. */
  CONFIRMATIONS?: string
  /** Largest getLogs block range per request; default 2000. */
  MAX_BLOCK_RANGE?: string
  /** Webhook secrets: Alchemy signing key, QuickNode Stream security token, Snapshot and Discourse webhook secrets. */
  ALCHEMY_SIGNING_KEY?: string
  QUICKNODE_SECURITY_TOKEN?: string
  SNAPSHOT_WEBHOOK_SECRET?: string
  DISCOURSE_WEBHOOK_SECRET?: string
  /** Snapshot's GraphQL endpoint; default https://hub.snapshot.org/graphql. */
  SNAPSHOT_GRAPHQL_URL?: string
  /** Bearer token for the operator routes (/v1/daos) the `firebreak daos` command uses. */
  ADMIN_TOKEN?: string
  /** The deployed Worker version (wrangler.toml [version_metadata]): verdict pages are cached per deployment. */
  CF_VERSION_METADATA?: WorkerVersionMetadata
  /** Cloudflare rate limiter for POST /v1/check, per client (wrangler.toml [[ratelimits]]; src/http/rateLimitChecks.ts). */
  CHECK_RATE_LIMITER?: RateLimit
  /** Markets the cron keeps snapshots of: JSON [{ "protocol": "aave-v3", "chainId": 1, "market": "0x…" }]. */
  SNAPSHOT_MARKETS?: string
  /** A market's snapshot is read again once the stored one is older than this (default 60). */
  SNAPSHOT_MAX_AGE_MINUTES?: string
  /** Aave markets beyond the built-in registry, for payload simulation: JSON [{ chainId, pools: [{ pool, configurator, oracle }], executor }]. */
  AAVE_DEPLOYMENTS?: string
  /** A payload's stored simulation is reused for this long before it is run again at a newer block (default 60). */
  PAYLOAD_SIMULATION_MAX_AGE_MINUTES?: string
}
