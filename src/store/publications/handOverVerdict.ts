import { type Lease, leaseHeld } from '../leases/Lease.ts'

export type HandOverVerdictParameters = {
  key: string
  /** The version that was checked. */
  version: string
  verdictId: string
  /** The configured publishers: each gets a row that must show this verdict. */
  publishers: string[]
  now?: number
}

export type HandOverVerdictReturnType =
  /** The version's verdict is recorded and every publisher's row now wants it. */
  | 'handed-over'
  /** A newer version arrived during the check: nothing was written; the newer one is checked next. */
  | 'superseded'
  /** The lease expired during the check and someone else holds it: nothing was written. */
  | 'lease-lost'

/**
 * Under the proposal's lease, in one transaction: marks the checked version done with its verdict, and
 * makes each publisher's row pending for that verdict (a row already showing it stays posted). The post
 * itself (target, message id) is kept, so a new version edits the one post. Only if the version is still
 * the proposal's current one: a version superseded mid-check is never published.
 */
export async function handOverVerdict(db: D1Database, lease: Lease, { key, version, verdictId, publishers, now = Date.now() }: HandOverVerdictParameters): Promise<HandOverVerdictReturnType> {
  const at = new Date(now).toISOString()
  const [settled] = await db.batch([
    db
      .prepare(
        `UPDATE source_proposals SET state = 'posted', posted_version = version, verdict_id = ?3, reason = NULL, updated_at = ?4
         WHERE key = ?1 AND version = ?2 AND ${leaseHeld('?1', '?5')}`,
      )
      .bind(key, version, verdictId, at, lease.fence),
    ...publishers.map((publisher) =>
      db
        .prepare(
          `INSERT INTO publications (proposal_key, publisher, state, verdict_id, version, attempts, next_attempt_at, pending_since, updated_at)
           SELECT ?1, ?6, 'pending', ?3, ?2, 0, ?7, ?7, ?4
           WHERE EXISTS (SELECT 1 FROM source_proposals WHERE key = ?1 AND version = ?2 AND verdict_id = ?3 AND state = 'posted') AND ${leaseHeld('?1', '?5')}
           ON CONFLICT (proposal_key, publisher) DO UPDATE SET
             state = CASE WHEN publications.external_id IS NOT NULL AND publications.posted_verdict_id = excluded.verdict_id THEN 'posted' ELSE 'pending' END,
             next_attempt_at = CASE WHEN publications.external_id IS NOT NULL AND publications.posted_verdict_id = excluded.verdict_id THEN NULL ELSE excluded.next_attempt_at END,
             verdict_id = excluded.verdict_id, version = excluded.version, attempts = 0, last_error = NULL,
             pending_since = excluded.pending_since, updated_at = excluded.updated_at`,
        )
        .bind(key, version, verdictId, at, lease.fence, publisher, now),
    ),
  ])
  if (settled.meta.changes > 0) return 'handed-over'
  const held = await db.prepare('SELECT 1 AS held FROM proposal_leases WHERE key = ?1 AND fence = ?2').bind(key, lease.fence).first<{ held: number }>()
  return held ? 'superseded' : 'lease-lost'
}
