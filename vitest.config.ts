import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Three projects: `worker` runs inside workerd (the Worker, the engine, decoders, D1); `worker-chain` too,
// with a local hardhat chain for the cron's governor polling;
// `node` runs what only exists under Node (the CLI as a process, local chains, a browser).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations('./src/store/migrations'),
                SEED_FIXTURES: 'false',
              },
            },
          })),
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
