import type { SlashCommand } from '../http/interactions/SlashCommand.ts'
import type { CheckMessage } from '../sources/queue/checkMessage.ts'

/** Make the publication attempts that are due for a proposal (its publications table rows), under its lease. */
export type PublishMessage = { kind: 'publish'; key: string }

/** Finish a slash command Discord was told to wait for (a deferred response), by editing the original reply. */
export type InteractionMessage = { kind: 'interaction'; applicationId: string; token: string; command: SlashCommand }

/** Post a week's systemic-risk report to Discord again (src/systemic/postSystemicReport.ts; it posts at most once). */
export type SystemicPostMessage = { kind: 'systemic-post'; week: string }

/**
 * Everything the CHECKS queue carries: discovered proposals to check (CheckMessage, no `kind`), and
 * work with a `kind`. A new kind is a new member here and a case in handleQueue.
 */
export type QueueMessage = CheckMessage | PublishMessage | InteractionMessage | SystemicPostMessage
