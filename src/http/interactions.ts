import type { APIInteraction } from 'discord-api-types/v10'
import { Hono } from 'hono'
import type { Env } from '../env.ts'
import { InputError } from '../errors.ts'
import { interactionResponseType, interactionType, messageFlags } from '../publish/discord/discordApi.ts'
import { autocompleteChoices } from './interactions/autocompleteChoices.ts'
import { parseSlashCommand } from './interactions/parseSlashCommand.ts'
import { verifyDiscordSignature } from './verifyDiscordSignature.ts'

/**
 * Discord's interactions endpoint (set as the application's Interactions Endpoint URL). Every request
 * is verified (Ed25519 over timestamp + raw body) before it is parsed; PING gets PONG; autocomplete is
 * answered at once; every command is acknowledged (deferred) within Discord's 3-second deadline and
 * finished from the CHECKS queue by editing the original reply. Nothing here reads or writes D1, so the
 * endpoint answers in time however busy the database is.
 */
export const interactions = new Hono<{ Bindings: Env }>()

interactions.post('/', async (c) => {
  if (!c.env.DISCORD_PUBLIC_KEY) return c.json({ error: 'Discord interactions are not configured: DISCORD_PUBLIC_KEY is not set.' }, 503)
  const body = await c.req.text()
  const verified = await verifyDiscordSignature({
    publicKey: c.env.DISCORD_PUBLIC_KEY,
    signature: c.req.header('x-signature-ed25519') ?? null,
    timestamp: c.req.header('x-signature-timestamp') ?? null,
    body,
  })
  if (!verified.ok) return c.json({ error: verified.reason }, 401)
  let interaction: APIInteraction
  try {
    interaction = JSON.parse(body) as APIInteraction
  } catch {
    return c.json({ error: 'The body is not valid JSON.' }, 400)
  }

  switch (interaction.type) {
    case interactionType.Ping:
      return c.json({ type: interactionResponseType.Pong })
    case interactionType.ApplicationCommandAutocomplete:
      return c.json({
        type: interactionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: autocompleteChoices('options' in interaction.data ? interaction.data.options : undefined) },
      })
    case interactionType.ApplicationCommand: {
      if (interaction.data.name !== 'firebreak') return c.json({ error: `Unknown command ${interaction.data.name}.` }, 400)
      let command
      try {
        command = parseSlashCommand('options' in interaction.data ? interaction.data.options : undefined)
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        return c.json({ type: interactionResponseType.ChannelMessageWithSource, data: { content: error.shortMessage, flags: messageFlags.Ephemeral } })
      }
      await c.env.CHECKS.send({ kind: 'interaction', applicationId: interaction.application_id, token: interaction.token, command })
      return c.json({ type: interactionResponseType.DeferredChannelMessageWithSource })
    }
    default:
      return c.json({ error: `Interaction type ${interaction.type} is not handled.` }, 400)
  }
})
