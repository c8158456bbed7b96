/** Where and as whom Firebreak posts on a Discourse forum (Api-Key and Api-Username come from secrets). */
export type DiscourseConfig = {
  /** The forum's base URL, e.g. "https://governance.aave.com". */
  url: string
  apiKey: string
  apiUsername: string
  /** Category id (or "slug/id") to search for a proposal's thread by title when no link is found. */
  category?: string
}
