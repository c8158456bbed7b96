import type { Lease } from './Lease.ts'

/** Gives a lease back so the next delivery for the key can take it at once (only if it is still this holder's). */
export async function releaseLease(db: D1Database, lease: Lease): Promise<void> {
  await db.prepare('UPDATE proposal_leases SET expires_at = 0 WHERE key = ?1 AND fence = ?2').bind(lease.key, lease.fence).run()
}
