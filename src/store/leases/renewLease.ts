import { type Lease, leaseTtlMs } from './Lease.ts'

/**
 * Extends a held lease before work that calls out (a publisher), so the work ends before the lease can
 * expire. False when the lease was lost (it expired and someone else took it): the holder must stop.
 */
export async function renewLease(db: D1Database, lease: Lease, { ttlMs = leaseTtlMs, now = Date.now() }: { ttlMs?: number; now?: number } = {}): Promise<boolean> {
  const renewed = await db.prepare('UPDATE proposal_leases SET expires_at = ?1 WHERE key = ?2 AND fence = ?3').bind(now + ttlMs, lease.key, lease.fence).run()
  if (renewed.meta.changes === 0) return false
  lease.expiresAt = now + ttlMs
  return true
}
