import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10'
import type { Env } from '../../env.ts'
import { BaseError } from '../../errors.ts'
import type { ParameterChange } from '../../model.ts'
import { checkProposal } from '../../pipeline.ts'
import { parseProposalInput } from '../../protocols/parseProposalInput.ts'
import { renderEmbed } from '../../publish/render/embed.ts'
import { getProposal } from '../../store/getProposal.ts'
import { formatParameter } from '../../verdict/format.ts'
import { type LargestSafeValueParameters, largestSafeValue } from '../../verdict/largestSafeValue.ts'
import { findMarket, knownMarkets } from './knownMarkets.ts'
import type { SlashCommand } from './SlashCommand.ts'

/**
 * Does the slow part of a slash command (a check, a simulation, a search for the largest safe value)
 * and returns the reply that replaces Discord's "thinking…" message. A request Firebreak cannot serve
 * (unknown proposal, market or asset) gets a reply saying why, not an error.
 */
export async function runSlashCommand(env: Env, command: Exclude<SlashCommand, { name: 'status' }>): Promise<RESTPostAPIChannelMessageJSONBody> {
  const reply = (content: string): RESTPostAPIChannelMessageJSONBody => ({ content, allowed_mentions: { parse: [] } })
  const withVerdict = (verdict: Parameters<typeof renderEmbed>[0]['verdict']): RESTPostAPIChannelMessageJSONBody => ({
    embeds: [renderEmbed({ verdict, pageUrl: `${env.PUBLIC_URL}/verdicts/${verdict.id}` })],
    allowed_mentions: { parse: [] },
  })
  try {
    if (command.name === 'check') {
      const stored = command.link
        ? await getProposal(env.DB, { url: command.link })
        : await getProposal(env.DB, { chainId: command.chainId ?? 0, id: command.id ?? '' })
      if (!stored)
        return reply(
          'Firebreak has not seen that proposal. It checks proposals from the governors it watches; to check calls yourself, POST them to `/v1/check`, or pre-check a change with `/firebreak simulate`.',
        )
      const { key: _key, ...proposal } = stored
      const { verdict } = await checkProposal(env, { proposal })
      return withVerdict(verdict)
    }
    const state = findMarket(command.market)
    if (!state) return reply(`Firebreak has no state for that market. Known: ${knownMarkets.map((market) => `${market.name} (${market.market})`).join(', ')}.`)
    const asset = state.assets.find((candidate) => candidate.symbol.toLowerCase() === command.asset.toLowerCase())
    if (!asset) return reply(`${state.name} has no asset ${command.asset}. Assets: ${state.assets.map((candidate) => candidate.symbol).join(', ')}.`)
    if (command.name === 'simulate') {
      if (command.protocol !== state.protocol) return reply(`${state.name} is a ${state.protocol} market, not ${command.protocol}.`)
      const change: ParameterChange = {
        protocol: state.protocol,
        chainId: state.chainId,
        market: state.market,
        asset: asset.address,
        symbol: asset.symbol,
        param: command.parameter,
        ...(command.parameter in asset ? { before: String(asset[command.parameter as keyof typeof asset]) } : {}),
        after: command.value,
        action: 0,
      }
      const { proposal, changes } = parseProposalInput({ changes: [change] }, 'api')
      const { verdict } = await checkProposal(env, { proposal, changes })
      return withVerdict(verdict)
    }
    const param = command.parameter as LargestSafeValueParameters['param']
    const found = await largestSafeValue({ state, asset: asset.symbol, param, seed: Number(env.DEFAULT_SEED || 1) })
    const atBound = found.largestSafe === found.bound.value
    return reply(
      `**Largest safe ${asset.symbol} ${param} on ${state.name}: ${formatParameter(param, found.largestSafe)}** (now ${formatParameter(param, found.current)}). ` +
        (atBound
          ? `It is capped by the configuration guard: ${found.bound.reason}.`
          : `Above it the 99 % VaR of bad debt or the probability of insolvency rises past the policy's fail bound (${found.runs} stress runs, seed ${env.DEFAULT_SEED || 1}).`),
    )
  } catch (error) {
    if (error instanceof BaseError) return reply(`Could not run that: ${error.shortMessage}`)
    throw error
  }
}
