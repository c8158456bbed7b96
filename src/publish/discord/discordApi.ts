import type {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10'

// The Discord API values Firebreak sends and matches, spelled out. discord-api-types' runtime enums
// and Routes come out undefined under the vitest workerd module loader (its CommonJS build), so only
// its types are imported; each value is checked against the package's enum at compile time.

export const discordApiVersion = '10'

export const interactionType = { Ping: 1, ApplicationCommand: 2, ApplicationCommandAutocomplete: 4 } as const satisfies {
  Ping: InteractionType.Ping
  ApplicationCommand: InteractionType.ApplicationCommand
  ApplicationCommandAutocomplete: InteractionType.ApplicationCommandAutocomplete
}

export const interactionResponseType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  ApplicationCommandAutocompleteResult: 8,
} as const satisfies {
  Pong: InteractionResponseType.Pong
  ChannelMessageWithSource: InteractionResponseType.ChannelMessageWithSource
  DeferredChannelMessageWithSource: InteractionResponseType.DeferredChannelMessageWithSource
  ApplicationCommandAutocompleteResult: InteractionResponseType.ApplicationCommandAutocompleteResult
}

export const commandType = { ChatInput: 1 } as const satisfies { ChatInput: ApplicationCommandType.ChatInput }

export const optionType = { Subcommand: 1, String: 3, Integer: 4 } as const satisfies {
  Subcommand: ApplicationCommandOptionType.Subcommand
  String: ApplicationCommandOptionType.String
  Integer: ApplicationCommandOptionType.Integer
}

export const messageFlags = { Ephemeral: 64 } as const satisfies { Ephemeral: MessageFlags.Ephemeral }

/** The REST routes Firebreak calls (same paths as discord-api-types' Routes). */
export const discordRoutes = {
  channelMessages: (channelId: string) => `/channels/${channelId}/messages` as const,
  channelMessage: (channelId: string, messageId: string) => `/channels/${channelId}/messages/${messageId}` as const,
  originalInteractionReply: (applicationId: string, token: string) => `/webhooks/${applicationId}/${token}/messages/@original` as const,
  applicationCommands: (applicationId: string) => `/applications/${applicationId}/commands` as const,
  applicationGuildCommands: (applicationId: string, guildId: string) => `/applications/${applicationId}/guilds/${guildId}/commands` as const,
}
