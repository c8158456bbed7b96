// Discord's documented message limits, checked the way Discord's API rejects a message
// (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). Used by the
// local Discord server and by the embed renderer's tests, so both hold the renderer to the same rules.
// Deliberately written out again rather than imported from src/: it is the referee, not the player.

type Embed = {
  title?: string
  url?: string
  color?: number
  description?: string
  fields?: { name: string; value: string }[]
  footer?: { text: string }
  author?: { name: string }
}
export type MessageBody = { content?: string; embeds?: Embed[] }

/** Every limit the body breaks, as Discord would name it; empty when the body is acceptable. */
export function discordLimitErrors(body: MessageBody): string[] {
  const errors: string[] = []
  const length = (text: string | undefined) => (text ?? '').length
  if (length(body.content) > 2000) errors.push('content: Must be 2000 or fewer in length.')
  const embeds = body.embeds ?? []
  if (embeds.length > 10) errors.push('embeds: Must be 10 or fewer in length.')
  let total = 0
  embeds.forEach((embed, index) => {
    if (length(embed.title) > 256) errors.push(`embeds.${index}.title: Must be 256 or fewer in length.`)
    if (length(embed.description) > 4096) errors.push(`embeds.${index}.description: Must be 4096 or fewer in length.`)
    if ((embed.fields ?? []).length > 25) errors.push(`embeds.${index}.fields: Must be 25 or fewer in length.`)
    for (const [fieldIndex, field] of (embed.fields ?? []).entries()) {
      if (length(field.name) === 0 || length(field.value) === 0)
        errors.push(`embeds.${index}.fields.${fieldIndex}: name and value are required.`)
      if (length(field.name) > 256) errors.push(`embeds.${index}.fields.${fieldIndex}.name: Must be 256 or fewer in length.`)
      if (length(field.value) > 1024)
        errors.push(`embeds.${index}.fields.${fieldIndex}.value: Must be 1024 or fewer in length.`)
      total += length(field.name) + length(field.value)
    }
    if (length(embed.footer?.text) > 2048) errors.push(`embeds.${index}.footer.text: Must be 2048 or fewer in length.`)
    if (length(embed.author?.name) > 256) errors.push(`embeds.${index}.author.name: Must be 256 or fewer in length.`)
    total += length(embed.title) + length(embed.description) + length(embed.footer?.text) + length(embed.author?.name)
  })
  if (total > 6000) errors.push('embeds: Embed size exceeds maximum size of 6000')
  return errors
}
