import { type Lease, leaseTtlMs } from './Lease.ts'

export type AcquireLeaseParameters = { key: string; ttlMs?: number; now?: number; holder?: string }

/**
 * Takes the lease on a proposal key when nobody holds it (or its holder's expired), atomically: of two
 * invocations racing for it one gets it. Each change of hands raises the fencing token. Null when it is held.
 *
 * Why a D1 lease and not a Durable Object per key: the rows it guards (the proposal's versions, its
 * publications) are in D1, so a fenced write is one conditional statement in the same database, with no second
 * system to keep in step; a Durable Object only serialises while it is not awaiting I/O, so a publish that
 * waits on Discord would still need a stored lock inside it; D1 runs the same in workerd tests, `wrangler dev`
 * and production with no class migration to deploy; and a lease costs a few row writes where a Durable Object
 * bills its wall time while a publisher answers. A holder that dies mid-publish simply lets the lease expire:
 * the next delivery takes it with a higher token, the dead holder's late writes are refused, and a create it
 * may have sent is found (Discord's nonce, the post's link) before anything is created again.
 */
export async function acquireLease(db: D1Database, { key, ttlMs = leaseTtlMs, now = Date.now(), holder = crypto.randomUUID() }: AcquireLeaseParameters): Promise<Lease | null> {
  const row = await db
    .prepare(
      `INSERT INTO proposal_leases (key, fence, holder, expires_at) VALUES (?1, 1, ?2, ?3)
       ON CONFLICT (key) DO UPDATE SET fence = proposal_leases.fence + 1, holder = excluded.holder, expires_at = excluded.expires_at
       WHERE proposal_leases.expires_at <= ?4
       RETURNING fence`,
    )
    .bind(key, holder, now + ttlMs, now)
    .first<{ fence: number }>()
  return row ? { key, fence: row.fence, holder, expiresAt: now + ttlMs } : null
}
