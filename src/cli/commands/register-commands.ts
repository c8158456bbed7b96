import { parseArgs } from 'node:util'
import type { APIApplicationCommand } from 'discord-api-types/v10'
import { InputError } from '../../errors.ts'
import { firebreakCommand } from '../../http/interactions/firebreakCommand.ts'
import { createDiscordRest } from '../../publish/discord/createDiscordRest.ts'
import { discordRoutes } from '../../publish/discord/discordApi.ts'
import { toPublishError } from '../../publish/discord/toPublishError.ts'

export const summary = 'register-commands [--guild ID] — register /firebreak with Discord (needs DISCORD_TOKEN, DISCORD_APPLICATION_ID)'

/**
 * Registers `/firebreak` and its subcommands (bulk overwrite: running it again replaces, never
 * duplicates). With --guild the commands appear in that server at once; global ones can take a while.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { guild: { type: 'string' }, api: { type: 'string' } } })
  const token = process.env.DISCORD_TOKEN
  const applicationId = process.env.DISCORD_APPLICATION_ID
  if (!token || !applicationId) throw new InputError('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (from the Discord developer portal) first.')
  if (values.guild !== undefined && !/^\d{17,20}$/.test(values.guild)) throw new InputError('--guild must be a Discord server id (a snowflake).')
  const route = values.guild ? discordRoutes.applicationGuildCommands(applicationId, values.guild) : discordRoutes.applicationCommands(applicationId)
  try {
    const registered = (await createDiscordRest({ token, api: values.api ?? process.env.DISCORD_API_URL }).put(route, { body: [firebreakCommand] })) as APIApplicationCommand[]
    for (const command of registered) console.log(`registered /${command.name} (${command.id})${values.guild ? ` in guild ${values.guild}` : ' globally'}`)
    return 0
  } catch (error) {
    const failure = toPublishError(error)
    console.error(`firebreak register-commands: ${failure.message}${failure.retryable && failure.retryAfterSeconds ? ` (try again in ${failure.retryAfterSeconds}s)` : ''}`)
    return 1
  }
}
