import type { Env } from './env.ts'
import { app } from './http/app.ts'
import type { EngineShardMessage } from './shards/engineShardMessage.ts'
import { handleEngineShards } from './shards/handleEngineShards.ts'

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    if (batch.queue === 'firebreak-engine-shards') await handleEngineShards(batch as MessageBatch<EngineShardMessage>, env)
  },
} satisfies ExportedHandler<Env>
