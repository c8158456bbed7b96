import type { Env } from './env.ts'
import { app } from './http/app.ts'
import { pollSources } from './sources/pollSources.ts'
import type { CheckMessage } from './sources/queue/checkMessage.ts'
import { consumeChecks } from './sources/queue/consumeChecks.ts'

export default {
  fetch: app.fetch,
  scheduled: async (_controller, env) => {
    await pollSources(env)
  },
  queue: (batch, env) => consumeChecks(batch, env),
} satisfies ExportedHandler<Env, CheckMessage>
