import type { Env } from './env.ts'
import { app } from './http/app.ts'
import { handleQueue } from './queue/handleQueue.ts'
import type { QueueMessage } from './queue/QueueMessage.ts'

export default {
  fetch: app.fetch,
  queue: handleQueue,
} satisfies ExportedHandler<Env, QueueMessage>
