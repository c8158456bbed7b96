import type { Env } from '../env.ts'
import { createDiscordMessage } from './discord/createDiscordMessage.ts'
import { createDiscordRest } from './discord/createDiscordRest.ts'
import { editDiscordMessage } from './discord/editDiscordMessage.ts'
import { findDiscordMessage } from './discord/findDiscordMessage.ts'
import type { Publisher, PublishContent } from './publisher.ts'
import { renderEmbed } from './render/embed.ts'

const rest = (env: Env) => createDiscordRest({ token: env.DISCORD_TOKEN, api: env.DISCORD_API_URL })
const body = ({ verdict, pageUrl }: PublishContent) => ({ embeds: [renderEmbed({ verdict, pageUrl })], allowed_mentions: { parse: [] } })

/**
 * The verdict as an embed in the configured Discord channel: one message per proposal, edited in place
 * when a new version is checked. Creates carry a nonce with `enforce_nonce`, so a retried create returns
 * the message Discord already made.
 */
export const discord: Publisher = {
  name: 'discord',
  configured: (env) => Boolean(env.DISCORD_TOKEN && env.DISCORD_CHANNEL_ID),
  locate: async (env) => env.DISCORD_CHANNEL_ID ?? null,
  edit: (env, { target, externalId, ...content }) => editDiscordMessage({ rest: rest(env), channelId: target, messageId: externalId, body: body(content) }),
  create: (env, { target, nonce, ...content }) => createDiscordMessage({ rest: rest(env), channelId: target, nonce, body: body(content) }),
  findCreated: (env, { target, pageUrl, since }) => findDiscordMessage({ rest: rest(env), channelId: target, embedUrl: pageUrl, since }),
}
