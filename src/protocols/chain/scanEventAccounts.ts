import { type AbiEvent, type Address, getAddress, type PublicClient } from 'viem'

export type ScanEventAccountsParameters = {
  client: PublicClient
  /** Contracts whose events are read (a pool, or every cToken of a comptroller). */
  address: Address | Address[]
  /** The event, e.g. Aave's `Borrow`; `account` names the argument holding the borrower. */
  event: AbiEvent
  account: string
  fromBlock: bigint
  toBlock: bigint
  /** The most blocks one eth_getLogs may span (providers cap it: 10,000 is common, some allow less). */
  maxBlockRange?: bigint
  /** The most eth_getLogs requests one scan may make; the scan stops early and says so. */
  maxRequests?: number
}

export type ScanEventAccountsReturnType = {
  /** Distinct accounts, most recently active first. */
  accounts: Address[]
  /** The blocks actually covered: [scannedFrom, toBlock]. Equals fromBlock unless maxRequests stopped the scan. */
  scannedFrom: bigint
  toBlock: bigint
  requests: number
}

/**
 * Reads an event backwards from `toBlock` in windows no wider than `maxBlockRange`, halving a window the
 * node refuses (too many results, range too large), and collects the distinct accounts it names.
 *
 * @example
 * const { accounts } = await scanEventAccounts({ client, address: pool, event: borrowEvent, account: 'onBehalfOf', fromBlock, toBlock })
 */
export async function scanEventAccounts({
  client,
  address,
  event,
  account,
  fromBlock,
  toBlock,
  maxBlockRange = 10_000n,
  maxRequests = 500,
}: ScanEventAccountsParameters): Promise<ScanEventAccountsReturnType> {
  if (maxBlockRange < 1n) throw new Error('scanEventAccounts: maxBlockRange must be at least 1')
  const seen = new Set<Address>()
  const accounts: Address[] = []
  let requests = 0
  let window = maxBlockRange
  let high = toBlock
  while (high >= fromBlock && requests < maxRequests) {
    const low = high - window + 1n > fromBlock ? high - window + 1n : fromBlock
    requests += 1
    let logs
    try {
      logs = await client.getLogs({ address, event, fromBlock: low, toBlock: high, strict: true })
    } catch (error) {
      if (high === low) throw error
      window = (high - low + 1n) / 2n
      continue
    }
    for (const log of [...logs].reverse()) {
      const value = (log.args as Record<string, unknown>)[account]
      if (typeof value !== 'string') continue
      const normalized = getAddress(value)
      if (!seen.has(normalized)) seen.add(normalized), accounts.push(normalized)
    }
    high = low - 1n
    window = maxBlockRange
  }
  return { accounts, scannedFrom: high + 1n, toBlock, requests }
}
