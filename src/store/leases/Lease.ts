/** The right to check and publish one proposal key until `expiresAt`, proven by its fencing token. */
export type Lease = { key: string; fence: number; holder: string; expiresAt: number }

/**
 * How long a lease lasts without renewal: longer than a check and any one publisher's attempt (each
 * request times out after 10 s), short enough that a holder that died is replaced within two minutes.
 */
export const leaseTtlMs = 120_000

/**
 * SQL that is true while `lease` is still held (its token is the current one). Every write a holder
 * makes is conditional on it; bind the key and the fence at `keyParameter` and `fenceParameter`.
 */
export const leaseHeld = (keyParameter: string, fenceParameter: string) =>
  `EXISTS (SELECT 1 FROM proposal_leases WHERE key = ${keyParameter} AND fence = ${fenceParameter})`
