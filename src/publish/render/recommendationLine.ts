import type { Verdict } from '../../model.ts'
import { formatParameter, parameterInSentence } from '../../verdict/format.ts'

export type RecommendationMarkup = {
  /** The recommended value, emphasised in the surface's markup; receives plain text. */
  bold: (text: string) => string
  /** Any other text, escaped for the surface. */
  plain: (text: string) => string
}

/**
 * The recommendation as one sentence, the same on every surface: "Largest safe wstETH liquidation threshold: 81.5 %
 * (proposed 83 %). <why> <second opinion>". Empty when the verdict has none.
 */
export function recommendationLine(verdict: Pick<Verdict, 'recommendation' | 'changes'>, { bold, plain }: RecommendationMarkup): string {
  const recommendation = verdict.recommendation
  if (!recommendation) return ''
  const { asset, param, largestSafe, proposed, why, secondOpinion } = recommendation
  const protocol = verdict.changes.find((change) => change.symbol === asset && change.param === param)?.protocol
  return `${bold(`Largest safe ${asset} ${parameterInSentence(param, protocol)}: ${formatParameter(param, largestSafe, asset)}`)}${plain(` (proposed ${formatParameter(param, proposed, asset)}). ${why}${secondOpinion ? ` ${secondOpinion.why}` : ''}`)}`
}
