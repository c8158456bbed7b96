import type { Publisher } from './publisher.ts'

/** Discord channel messages. The real publisher lands with the Discord issue; until then it is never configured. */
export const discord: Publisher = {
  name: 'discord',
  configured: (env) => Boolean(env.DISCORD_TOKEN && env.DISCORD_CHANNEL_ID),
  publish: async () => {
    throw new Error('the Discord publisher is not implemented yet')
  },
}
