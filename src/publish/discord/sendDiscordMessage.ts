import type { REST } from '@discordjs/rest'
import { DiscordAPIError } from '@discordjs/rest'
import type { APIMessage, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10'
import { discordRoutes } from './discordApi.ts'
import { toPublishError } from './toPublishError.ts'

export type SendDiscordMessageParameters = {
  rest: REST
  channelId: string
  /** The message posted for an earlier verdict on the same proposal: edited in place when it still exists. */
  messageId?: string
  body: RESTPostAPIChannelMessageJSONBody
}

export type SendDiscordMessageReturnType = { messageId: string; edited: boolean }

/**
 * Posts a message to a channel, or edits the earlier one (a re-check updates the verdict instead of
 * adding a second message). A deleted earlier message is replaced by a new one.
 * Throws PublishError (429 with Discord's delay, 5xx retryable, other 4xx not).
 */
export async function sendDiscordMessage({ rest, channelId, messageId, body }: SendDiscordMessageParameters): Promise<SendDiscordMessageReturnType> {
  try {
    if (messageId) {
      try {
        const edited = (await rest.patch(discordRoutes.channelMessage(channelId, messageId), { body })) as APIMessage
        return { messageId: edited.id, edited: true }
      } catch (error) {
        // 10008 Unknown Message: someone deleted it; post a fresh one.
        if (!(error instanceof DiscordAPIError && error.code === 10008)) throw error
      }
    }
    const created = (await rest.post(discordRoutes.channelMessages(channelId), { body })) as APIMessage
    return { messageId: created.id, edited: false }
  } catch (error) {
    throw toPublishError(error)
  }
}
