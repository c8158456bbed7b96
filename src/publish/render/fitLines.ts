import { fitText } from './fitText.ts'

export type FitLinesParameters = {
  lines: string[]
  max: number
  /** What the hidden lines are called in the "…and N more" line. */
  noun: string
}

/**
 * Joins lines with newlines within `max` characters; lines that do not fit are counted in a
 * closing "…and N more <noun>" line instead of being cut.
 */
export function fitLines({ lines, max, noun }: FitLinesParameters): string {
  const kept: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const hidden = lines.length - index - 1
    const more = hidden > 0 ? `\n…and ${hidden} more ${noun}` : ''
    const candidate = [...kept, lines[index]].join('\n')
    if (candidate.length + more.length > max) {
      const rest = lines.length - index
      const summary = `…and ${rest} more ${noun}`
      return kept.length === 0 ? fitText({ text: summary, max }) : `${kept.join('\n')}\n${summary}`
    }
    kept.push(lines[index])
  }
  return kept.join('\n')
}
