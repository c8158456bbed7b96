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
      /** A Discord and a Discourse server only the exactly-once tests inject faults into (same token and key). */
      TEST_FAULTY_DISCORD_URL: string
      TEST_FAULTY_DISCOURSE_URL: string
      /** A server that accepts requests and never answers (test/servers/hanging.ts). */
      TEST_HANGING_URL: string
    }
    interface GlobalProps {
      mainModule: typeof import('../src/worker.ts')
    }
  }
}
