/**
 * Discord's documented message and embed limits
 * (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 * The total counts title, description, field names and values, footer text and author name across all embeds.
 */
export const embedLimits = {
  content: 2000,
  embeds: 10,
  total: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
} as const
