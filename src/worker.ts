import type { Env } from './env.ts'
import { app } from './http/app.ts'
import { redrivePublications } from './publish/redrivePublications.ts'
import { handleQueue } from './queue/handleQueue.ts'
import type { QueueMessage } from './queue/QueueMessage.ts'
import type { EngineShardMessage } from './shards/engineShardMessage.ts'
import { handleEngineShards } from './shards/handleEngineShards.ts'
import { pollSources } from './sources/pollSources.ts'
import { refreshSnapshots } from './store/refreshSnapshots.ts'

export default {
  fetch: app.fetch,
  // Every cron tick: find new proposals (they go to the CHECKS queue), queue again every publication whose
  // attempt is overdue, and refresh stale market snapshots. Each is bounded in time (see pollSources).
  scheduled: async (_controller, env, ctx) => {
    ctx.waitUntil(refreshSnapshots(env))
    try {
      await pollSources(env)
    } finally {
      await redrivePublications(env)
    }
  },
  async queue(batch, env) {
    if (batch.queue === 'firebreak-engine-shards') return handleEngineShards(batch as MessageBatch<EngineShardMessage>, env)
    if (batch.queue === 'firebreak-checks' || batch.queue === 'firebreak-checks-dlq') return handleQueue(batch as MessageBatch<QueueMessage>, env)
    throw new Error(`No consumer for queue ${batch.queue}.`)
  },
} satisfies ExportedHandler<Env>
