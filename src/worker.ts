import type { Env } from './env.ts'
import { app } from './http/app.ts'
import { handleQueue } from './queue/handleQueue.ts'
import type { QueueMessage } from './queue/QueueMessage.ts'
import type { EngineShardMessage } from './shards/engineShardMessage.ts'
import { handleEngineShards } from './shards/handleEngineShards.ts'

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    if (batch.queue === 'firebreak-engine-shards') await handleEngineShards(batch as MessageBatch<EngineShardMessage>, env)
    else if (batch.queue === 'firebreak-checks') await handleQueue(batch as MessageBatch<QueueMessage>, env)
  },
} satisfies ExportedHandler<Env>
