import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10'
import type { Env } from '../../env.ts'
import { publishers } from '../../publish/publishers.ts'
import { fitLines } from '../../publish/render/fitLines.ts'
import { listVerdicts } from '../../store/listVerdicts.ts'
import { knownMarkets } from './knownMarkets.ts'

/** `/firebreak status`: the markets Firebreak can simulate, where it posts, and its latest verdicts. Fast enough to answer at once. */
export async function statusMessage(env: Env): Promise<RESTPostAPIChannelMessageJSONBody> {
  const recent = await listVerdicts(env.DB, { limit: 5 })
  const lines = [
    `**Markets:** ${knownMarkets.map((state) => state.name).join(', ')}`,
    `**Posting to:** ${publishers.map((publisher) => `${publisher.name} ${publisher.configured(env) ? 'on' : 'off'}`).join(' · ')}`,
    recent.length ? '**Latest verdicts:**' : '**Latest verdicts:** none yet',
    ...recent.map((verdict) => `${verdict.level} · [${verdict.title.slice(0, 120)}](${env.PUBLIC_URL}/verdicts/${verdict.id})`),
  ]
  return { content: fitLines({ lines, max: 2000, noun: 'lines' }), allowed_mentions: { parse: [] } }
}
