import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10'
import type { Env } from '../../env.ts'
import { BaseError } from '../../errors.ts'
import type { ParameterChange } from '../../model.ts'
import { checkInputOf, checkProposal } from '../../pipeline.ts'
import { parseProposalInput } from '../../protocols/parseProposalInput.ts'
import { renderEmbed } from '../../publish/render/embed.ts'
import { renderSystemicEmbed } from '../../publish/render/systemicEmbed.ts'
import { getProposal } from '../../store/getProposal.ts'
import { getSourceProposal } from '../../store/sources/getSourceProposal.ts'
import { systemicReportForWeek } from '../../systemic/systemicReportForWeek.ts'
import { defaultScenarioSet, recommendParameter, stressMarket } from '../../engine/index.ts'
import { formatParameter, formatUsd, parameterInSentence } from '../../verdict/format.ts'
import { DEFAULT_POLICY } from '../../verdict/policy.ts'
import { policyVarBoundUsd } from '../../verdict/recommendChange.ts'
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
    if (command.name === 'systemic') {
      const report = await systemicReportForWeek(env)
      return { embeds: [renderSystemicEmbed({ report, pageUrl: `${env.PUBLIC_URL}/systemic/${report.week}` })], allowed_mentions: { parse: [] } }
    }
    if (command.name === 'check') {
      const stored = command.link
        ? await getProposal(env.DB, { url: command.link })
        : await getProposal(env.DB, { chainId: command.chainId ?? 0, id: command.id ?? '' })
      if (!stored)
        return reply(
          'Firebreak has not seen that proposal. It checks proposals from the governors it watches; to check calls yourself, POST them to `/v1/check`, or pre-check a change with `/firebreak simulate`.',
        )
      // Re-checked with what it was checked with: the watched source's stored proposal (its changes parsed
      // from a forum or Snapshot table included). The answer goes to the asker; the posted verdict is the
      // proposal owner's to update.
      const { key, ...proposal } = stored
      const { verdict } = await checkProposal(env, checkInputOf((await getSourceProposal(env.DB, key)) ?? proposal))
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
    const param = command.parameter
    const seed = Number(env.DEFAULT_SEED || 1)
    const scenarioSet = await defaultScenarioSet({ state, seed })
    const today = await stressMarket({ state, scenarioSet, recordCascade: false })
    const varBoundUsd = policyVarBoundUsd(today.aggregate, DEFAULT_POLICY)
    const found = await recommendParameter({ state, scenarioSet, symbol: asset.symbol, param, varBoundUsd })
    const now = formatParameter(param, asset[param])
    if (found.largestSafe === null) return reply(`No ${asset.symbol} ${parameterInSentence(param, state.protocol)} keeps the 99 % VaR of bad debt under ${formatUsd(varBoundUsd)} on ${state.name} (now ${now}).`)
    return reply(
      `**Largest safe ${asset.symbol} ${parameterInSentence(param, state.protocol)} on ${state.name}: ${formatParameter(param, found.largestSafe)}** (now ${now}). ` +
        (found.largestSafe === found.upperGuard
          ? `That is the protocol's own configuration guard; the 99 % VaR of bad debt stays under ${formatUsd(varBoundUsd)} up to it.`
          : `Above it the 99 % VaR of bad debt passes ${formatUsd(varBoundUsd)} (today's plus the ${formatUsd(DEFAULT_POLICY.var99Increase.cautionUsd)} rise the policy tolerates; ${found.evaluations} stress runs, seed ${seed}).`),
    )
  } catch (error) {
    if (error instanceof BaseError) return reply(`Could not run that: ${error.shortMessage}`)
    throw error
  }
}
