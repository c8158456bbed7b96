import { type Publication, publicationFromRow, type PublicationRow } from './Publication.ts'

/** Every publisher's publication of one proposal, by publisher name. */
export async function listPublications(db: D1Database, proposalKey: string): Promise<Publication[]> {
  const { results } = await db.prepare('SELECT * FROM publications WHERE proposal_key = ?1 ORDER BY publisher').bind(proposalKey).all<PublicationRow>()
  return results.map(publicationFromRow)
}
