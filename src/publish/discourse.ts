import type { Publisher } from './publisher.ts'

/** Replies in the proposal's forum thread. The real publisher lands with the Discourse issue. */
export const discourse: Publisher = {
  name: 'discourse',
  configured: (env) => Boolean(env.DISCOURSE_URL && env.DISCOURSE_API_KEY && env.DISCOURSE_API_USERNAME),
  publish: async () => {
    throw new Error('the Discourse publisher is not implemented yet')
  },
}
