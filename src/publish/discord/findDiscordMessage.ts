import type { REST } from '@discordjs/rest'
import type { APIMessage } from 'discord-api-types/v10'
import { discordRoutes } from './discordApi.ts'
import { toPublishError } from './toPublishError.ts'

export type FindDiscordMessageParameters = {
  rest: REST
  channelId: string
  /** The link the message's embed carries (the verdict page): what tells Firebreak's message from others. */
  embedUrl: string
  /** When the create that may have been carried out was sent (ms): only messages after it are read. */
  since: number
}

/** Discord's epoch (https://discord.com/developers/docs/reference#snowflakes): a snowflake's time is (ms − it) << 22. */
const discordEpochMs = 1_420_070_400_000n
/** Margin for clocks: a message is looked for from this long before the create was sent. */
const clockMarginMs = 60_000

/**
 * After a create that failed ambiguously (5xx, timeout) and is now outside the nonce's few minutes: the
 * message that create made, if Discord carried it out — a bot message, not an interaction reply, in the
 * channel since the create, whose embed links `embedUrl`. Reads one page (100 messages) after `since`.
 */
export async function findDiscordMessage({ rest, channelId, embedUrl, since }: FindDiscordMessageParameters): Promise<string | null> {
  const after = (BigInt(Math.max(0, since - clockMarginMs)) - discordEpochMs) << 22n
  try {
    const query = new URLSearchParams({ after: String(after > 0n ? after : 0n), limit: '100' })
    const messages = (await rest.get(discordRoutes.channelMessages(channelId), { query })) as APIMessage[]
    const ours = messages.find((message) => message.author?.bot && !message.webhook_id && message.embeds?.some((embed) => embed.url === embedUrl))
    return ours?.id ?? null
  } catch (error) {
    throw toPublishError(error)
  }
}
