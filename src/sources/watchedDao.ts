import type { Address, ProtocolFamily } from '../model.ts'

/** Where proposals are read from. On-chain kinds are polled with getLogs; the others by HTTP. */
export type WatchedSourceKind = 'governor' | 'governor-bravo' | 'aave-governance-v3' | 'aave-payloads-controller' | 'snapshot' | 'discourse'

export const onChainKinds: readonly WatchedSourceKind[] = ['governor', 'governor-bravo', 'aave-governance-v3', 'aave-payloads-controller']

/** One watched source of one DAO: configuration, stored in D1 (table watched_daos), edited with `firebreak daos`. */
export type WatchedDao = {
  /** Stable id, also the cursor's key: "aave-v3-ethereum-payloads". */
  id: string
  name: string
  kind: WatchedSourceKind
  chainId: number
  /** Governor or PayloadsController; null for Snapshot and forums. */
  address: Address | null
  protocol: ProtocolFamily
  /** The pool, Comptroller or Comet the proposals change; forum tables are read against it. */
  market: Address | null
  snapshotSpace: string | null
  /** Discourse base URL ("https://governance.aave.com") and category slug or id (null: all latest topics). */
  forumUrl: string | null
  forumCategory: string | null
  discordChannel: string | null
  /** First block to read when no cursor exists yet (null: start at the confirmed head). */
  startBlock: number | null
  enabled: boolean
}
