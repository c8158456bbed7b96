import type { Env } from './env.ts'
import { app } from './http/app.ts'
import { redrivePublications } from './publish/redrivePublications.ts'
import { handleQueue } from './queue/handleQueue.ts'
import type { QueueMessage } from './queue/QueueMessage.ts'
import type { EngineShardMessage } from './shards/engineShardMessage.ts'
import { handleEngineShards } from './shards/handleEngineShards.ts'
import { pollSources } from './sources/pollSources.ts'
import { refreshSnapshots } from './store/refreshSnapshots.ts'
import { SYSTEMIC_REPORT_CRON, weeklySystemicReport } from './systemic/weeklySystemicReport.ts'

export default {
  fetch: app.fetch,
  // Weekly: the systemic-risk report. Every other tick: find new proposals (they go to the CHECKS queue), queue again
  // every publication whose attempt is overdue, and refresh stale market snapshots. Each is bounded in time (see pollSources).
  scheduled: async (controller, env, ctx) => {
    if (controller.cron === SYSTEMIC_REPORT_CRON) return weeklySystemicReport(env, new Date(controller.scheduledTime))
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
