export type FitTextParameters = {
  text: string
  /** Largest number of characters (UTF-16 code units, as Discord counts them). */
  max: number
}

/**
 * Shortens text to at most `max` characters by dropping whole sentences from the end, so a
 * reader never sees a sentence cut in half. Only when the first sentence alone is longer than
 * `max` (a title, a long name) does it fall back to whole words followed by "…".
 * @example fitText({ text: 'VaR rises. Bad debt doubles.', max: 12 }) // "VaR rises."
 */
export function fitText({ text, max }: FitTextParameters): string {
  const trimmed = text.trim()
  if (trimmed.length <= max) return trimmed
  const sentences = trimmed.split(/(?<=[.!?])\s+/)
  let kept = ''
  for (const sentence of sentences) {
    const next = kept === '' ? sentence : `${kept} ${sentence}`
    if (next.length > max) break
    kept = next
  }
  if (kept !== '') return kept
  return fitWords(trimmed, max)
}

function fitWords(text: string, max: number): string {
  if (max < 1) return ''
  const room = max - 1 // the ellipsis
  const cut = text.slice(0, room + 1)
  const lastSpace = cut.lastIndexOf(' ')
  const words = (lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, room)).replace(/[\s,;:]+$/, '')
  return `${words}…`
}
