import type { Publication } from './readPublication.ts'

/** Remembers where a publisher posted a proposal's verdict (see readPublication). */
export async function writePublication(db: D1Database, { proposalKey, publisher, externalId, verdictId, updatedAt }: Publication): Promise<void> {
  await db
    .prepare(
      `INSERT INTO publications (proposal_key, publisher, external_id, verdict_id, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (proposal_key, publisher) DO UPDATE SET external_id = excluded.external_id, verdict_id = excluded.verdict_id, updated_at = excluded.updated_at`,
    )
    .bind(proposalKey, publisher, externalId, verdictId, updatedAt)
    .run()
}
