import type { REST } from '@discordjs/rest'
import type { APIMessage, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10'
import { discordRoutes } from './discordApi.ts'
import { toPublishError } from './toPublishError.ts'

export type CreateDiscordMessageParameters = {
  rest: REST
  channelId: string
  body: RESTPostAPIChannelMessageJSONBody
  /**
   * Sent with `enforce_nonce: true`: Discord checks it "for uniqueness in the past few minutes" and returns
   * the message already created with it instead of creating another (a retry of a create that was carried
   * out but answered 5xx or timed out). At most 25 characters.
   */
  nonce: string
}

/** Posts a message to a channel (POST /channels/{id}/messages) at most once per nonce; returns its id. */
export async function createDiscordMessage({ rest, channelId, body, nonce }: CreateDiscordMessageParameters): Promise<string> {
  try {
    const created = (await rest.post(discordRoutes.channelMessages(channelId), { body: { ...body, nonce, enforce_nonce: true } })) as APIMessage
    return created.id
  } catch (error) {
    throw toPublishError(error)
  }
}
