import type { Env } from './env.ts'
import { app } from './http/app.ts'
import { refreshSnapshots } from './store/refreshSnapshots.ts'

export default {
  fetch: app.fetch,
  scheduled: (_controller, env, ctx) => {
    ctx.waitUntil(refreshSnapshots(env))
  },
} satisfies ExportedHandler<Env>
