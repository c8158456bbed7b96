import { proposalKey } from '../check.ts'
import { readPublication } from '../store/sources/readPublication.ts'
import { writePublication } from '../store/sources/writePublication.ts'
import { createDiscordRest } from './discord/createDiscordRest.ts'
import { sendDiscordMessage } from './discord/sendDiscordMessage.ts'
import type { Publisher } from './publisher.ts'
import { renderEmbed } from './render/embed.ts'

/**
 * The verdict as an embed in the configured Discord channel. A re-check of the same proposal edits the
 * message posted before (its id is kept in the publications table) instead of posting another.
 */
export const discord: Publisher = {
  name: 'discord',
  configured: (env) => Boolean(env.DISCORD_TOKEN && env.DISCORD_CHANNEL_ID),
  publish: async (env, verdict) => {
    const key = proposalKey(verdict.proposal)
    const previous = await readPublication(env.DB, key, 'discord')
    const { messageId } = await sendDiscordMessage({
      rest: createDiscordRest({ token: env.DISCORD_TOKEN, api: env.DISCORD_API_URL }),
      channelId: env.DISCORD_CHANNEL_ID as string,
      ...(previous ? { messageId: previous.externalId } : {}),
      body: { embeds: [renderEmbed({ verdict, pageUrl: `${env.PUBLIC_URL}/verdicts/${verdict.id}` })], allowed_mentions: { parse: [] } },
    })
    await writePublication(env.DB, { proposalKey: key, publisher: 'discord', externalId: messageId, verdictId: verdict.id, updatedAt: new Date().toISOString() })
  },
}
