import type { RESTPatchAPIWebhookWithTokenMessageJSONBody } from 'discord-api-types/v10'
import { discordRoutes } from './discordApi.ts'
import { createDiscordRest } from './createDiscordRest.ts'
import { toPublishError } from './toPublishError.ts'

export type EditInteractionReplyParameters = {
  applicationId: string
  /** The interaction's token: it authorises the edit (no bot token) for 15 minutes. */
  token: string
  body: RESTPatchAPIWebhookWithTokenMessageJSONBody
  api?: string
}

/** Replaces a deferred interaction's "thinking…" reply with the finished answer (PATCH …/messages/@original). */
export async function editInteractionReply({ applicationId, token, body, api }: EditInteractionReplyParameters): Promise<void> {
  try {
    await createDiscordRest({ api }).patch(discordRoutes.originalInteractionReply(applicationId, token), { body, auth: false })
  } catch (error) {
    throw toPublishError(error)
  }
}
