/** A message on the ENGINE_SHARDS queue: run `shard` of the stored run `runId`. Small: the state stays in D1. */
export type EngineShardMessage = { runId: string; shard: number }
