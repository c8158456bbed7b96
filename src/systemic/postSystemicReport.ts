import type { Env } from '../env.ts'
import { createDiscordRest } from '../publish/discord/createDiscordRest.ts'
import { createDiscordMessage } from '../publish/discord/createDiscordMessage.ts'
import { publicationNonce } from '../publish/publicationNonce.ts'
import { renderSystemicEmbed } from '../publish/render/systemicEmbed.ts'
import { claimSystemicPost } from '../store/systemic/claimSystemicPost.ts'
import { getSystemicReport } from '../store/systemic/getSystemicReport.ts'
import { settleSystemicPost } from '../store/systemic/settleSystemicPost.ts'

export type PostSystemicReportReturnType = 'posted' | 'already posted' | 'not configured' | 'no report'

/**
 * Posts a week's stored report to the configured Discord channel, once: the post is claimed in D1 first, so an
 * overlapping cron or a retry finds it taken or done; a failed send releases the claim and throws the PublishError
 * (429 with Discord's delay, 5xx retryable) for the caller to retry.
 */
export async function postSystemicReport(env: Pick<Env, 'DB' | 'DISCORD_TOKEN' | 'DISCORD_CHANNEL_ID' | 'DISCORD_API_URL' | 'PUBLIC_URL'>, week: string, now: Date = new Date()): Promise<PostSystemicReportReturnType> {
  if (!env.DISCORD_TOKEN || !env.DISCORD_CHANNEL_ID) return 'not configured'
  const stored = await getSystemicReport(env.DB, { week })
  if (!stored) return 'no report'
  if (stored.discordMessageId || !(await claimSystemicPost(env.DB, week, now))) return 'already posted'
  try {
    // The week's nonce makes a retry of a create that Discord carried out but answered 5xx return that message, not a second one.
    const messageId = await createDiscordMessage({
      rest: createDiscordRest({ token: env.DISCORD_TOKEN, api: env.DISCORD_API_URL }),
      channelId: env.DISCORD_CHANNEL_ID,
      body: { embeds: [renderSystemicEmbed({ report: stored.report, pageUrl: `${env.PUBLIC_URL}/systemic/${week}` })], allowed_mentions: { parse: [] } },
      nonce: await publicationNonce('systemic-report', week),
    })
    await settleSystemicPost(env.DB, week, messageId)
    return 'posted'
  } catch (error) {
    await settleSystemicPost(env.DB, week, null)
    throw error
  }
}
