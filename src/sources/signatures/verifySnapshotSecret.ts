import { constantTimeEqual } from './constantTimeEqual.ts'

export type VerifySnapshotSecretParameters = {
  /** The `Authentication` header Snapshot's webhook service sends: the subscriber's secret as is. */
  header: string | null | undefined
  secret: string
}

/**
 * Snapshot's webhook service does not sign bodies; it sends the secret configured for the subscription
 * in the `Authentication` header (snapshot-labs/snapshot-webhook). Compared in constant time.
 */
export function verifySnapshotSecret({ header, secret }: VerifySnapshotSecretParameters): boolean {
  if (!header || !secret) return false
  return constantTimeEqual(header.trim(), secret)
}
