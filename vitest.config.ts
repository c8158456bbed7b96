import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { testApplication } from './test/discord/testApplication.ts'
import { startDiscordServer } from './test/servers/discord.ts'
import { startDiscourseServer } from './test/servers/discourse.ts'
import { startHangingServer } from './test/servers/hanging.ts'

// Three projects: `worker` runs inside workerd (the Worker, the engine, decoders, D1); `worker-chain` too,
// with a local hardhat chain for the cron's governor polling;
// `node` runs what only exists under Node (the CLI as a process, local chains, a browser).
export default defineConfig({
  test: {
    // Publishing is off in tests unless a test passes credentials, and the Worker says so once per isolate
    // (src/publish/publishVerdict.ts) — once per test file here. That notice is expected; keep it out of the output so
    // a failing test stands out. Every other log line still shows.
    onConsoleLog: (log) => !/^\[(discord|discourse)\] not configured: /.test(log),
    projects: [
      {
        plugins: [
          cloudflareTest(async () => {
            // Local Discord and Discourse on 127.0.0.1 for the Worker under test (unref'd: they end with vitest).
            // Publishing stays off unless a test passes credentials; the interactions endpoint and the queue
            // consumer's follow-up edits reach the local Discord through DISCORD_API_URL.
            const discord = await startDiscordServer({ applicationId: testApplication.id })
            const forum = await startDiscourseServer()
            // A second pair for the exactly-once tests, whose faults (outages, chaos) must not reach other files;
            // and a server that never answers, for timeouts.
            const faultyDiscord = await startDiscordServer({ applicationId: testApplication.id })
            const faultyForum = await startDiscourseServer()
            const hanging = await startHangingServer()
            return {
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: await readD1Migrations('./src/store/migrations'),
                  SEED_FIXTURES: 'false',
                  DISCORD_API_URL: discord.api,
                  DISCORD_APPLICATION_ID: testApplication.id,
                  DISCORD_PUBLIC_KEY: testApplication.publicKey,
                  TEST_DISCORD_TOKEN: discord.token,
                  TEST_DISCOURSE_URL: forum.url,
                  TEST_FAULTY_DISCORD_URL: faultyDiscord.api,
                  TEST_FAULTY_DISCOURSE_URL: faultyForum.url,
                  TEST_HANGING_URL: hanging.url,
                },
              },
            }
          }),
        ],
        test: {
          name: 'worker',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.node.test.ts', '**/*.chain.test.ts', '**/node_modules/**'],
          setupFiles: ['./test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // Inside workerd too, against a local hardhat chain started (and stopped) by the global setup.
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('./src/store/migrations'), SEED_FIXTURES: 'false' } },
          })),
        ],
        test: {
          name: 'worker-chain',
          include: ['src/**/*.chain.test.ts'],
          setupFiles: ['./test/setup.ts'],
          globalSetup: ['./test/chain/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.node.test.ts', 'test/**/*.node.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
