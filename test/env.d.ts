import type { D1Migration } from 'cloudflare:test'
import type { Env as WorkerEnv } from '../src/env.ts'

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[]
      /** The local Discord server's bot token (the server's base URL is DISCORD_API_URL). */
      TEST_DISCORD_TOKEN: string
      /** The local Discourse server (test/servers/discourse.ts). */
      TEST_DISCOURSE_URL: string
    }
    interface GlobalProps {
      mainModule: typeof import('../src/worker.ts')
    }
  }
}
