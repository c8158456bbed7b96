import type { REST } from '@discordjs/rest'
import { DiscordAPIError } from '@discordjs/rest'
import type { RESTPatchAPIChannelMessageJSONBody } from 'discord-api-types/v10'
import { discordRoutes } from './discordApi.ts'
import { toPublishError } from './toPublishError.ts'

export type EditDiscordMessageParameters = {
  rest: REST
  channelId: string
  messageId: string
  body: RESTPatchAPIChannelMessageJSONBody
}

/**
 * Replaces a channel message's content (PATCH /channels/{id}/messages/{id}): how a re-check updates the one
 * verdict message. False when the message no longer exists (10008 Unknown Message: someone deleted it).
 * Throws PublishError (429 with Discord's delay, 5xx retryable, other 4xx not).
 */
export async function editDiscordMessage({ rest, channelId, messageId, body }: EditDiscordMessageParameters): Promise<boolean> {
  try {
    await rest.patch(discordRoutes.channelMessage(channelId, messageId), { body })
    return true
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === 10008) return false
    throw toPublishError(error)
  }
}
