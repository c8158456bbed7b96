import { type Address, getAddress, parseAbiItem } from 'viem'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { compile } from '../../../test/chain/compile.ts'
import { type LimitedRpc, startLimitedRpc } from '../../../test/chain/limitedRpc.ts'
import { type LocalClients, localClients } from '../../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import { createChainClient } from './createChainClient.ts'
import { scanEventAccounts } from './scanEventAccounts.ts'

const borrowEvent = parseAbiItem('event Borrow(address indexed onBehalfOf, uint256 amount)')
const borrowers: Address[] = Array.from({ length: 6 }, (_, i) => getAddress(`0x${(i + 1).toString(16).padStart(40, '0')}`))

let chain: LocalChain
let local: LocalClients
let emitter: Address
let firstBlock: bigint
let lastBlock: bigint
let limited: LimitedRpc

beforeAll(async () => {
  chain = await startHardhat()
  local = localClients(chain.url)
  const { Emitter } = compile({
    'Emitter.sol': 'pragma solidity ^0.8.20; contract Emitter { event Borrow(address indexed onBehalfOf, uint256 amount); function borrow(address a) external { emit Borrow(a, 1); } }',
  })
  emitter = await local.deploy(Emitter)
  // One borrow per block; the first borrower borrows again last.
  for (const account of [...borrowers, borrowers[0]]) await local.write(0, emitter, Emitter.abi, 'borrow', [account])
  lastBlock = await local.client.getBlockNumber()
  firstBlock = lastBlock - 6n
  limited = await startLimitedRpc(chain.url, { maxLogsBlockRange: 2 })
})
afterAll(async () => {
  await limited?.stop()
  await chain?.stop()
})

test('default: distinct accounts, most recently active first, in one request', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const scan = await scanEventAccounts({ client, address: emitter, event: borrowEvent, account: 'onBehalfOf', fromBlock: 0n, toBlock: lastBlock })
  expect(scan).toEqual({ accounts: [borrowers[0], ...borrowers.slice(1).reverse()], scannedFrom: 0n, toBlock: lastBlock, requests: 1 })
})

test('behavior: a provider that refuses wide ranges gets narrower windows and the same accounts', async () => {
  const client = createChainClient({ rpcUrls: [limited.url], retryCount: 0 })
  const scan = await scanEventAccounts({ client, address: emitter, event: borrowEvent, account: 'onBehalfOf', fromBlock: firstBlock, toBlock: lastBlock, maxBlockRange: 100n })
  expect(scan.accounts).toEqual([borrowers[0], ...borrowers.slice(1).reverse()])
  expect(scan.scannedFrom).toBe(firstBlock)
  expect(scan.requests).toBeGreaterThan(4) // refused wide windows, then 2-block ones
  expect(limited.requests('eth_getLogs')).toBe(scan.requests)
})

test('behavior: maxRequests stops the scan and says which blocks were read', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const scan = await scanEventAccounts({ client, address: emitter, event: borrowEvent, account: 'onBehalfOf', fromBlock: firstBlock, toBlock: lastBlock, maxBlockRange: 2n, maxRequests: 2 })
  // Two 2-block windows from the top: blocks lastBlock−3 … lastBlock.
  expect(scan.scannedFrom).toBe(lastBlock - 3n)
  expect(scan.accounts).toEqual([borrowers[0], borrowers[5], borrowers[4], borrowers[3]])
})

test('behavior: an RPC URL slower than the timeout is left for the next one', async () => {
  const slow = await startLimitedRpc(chain.url, { delayMs: 3_000 })
  try {
    const client = createChainClient({ rpcUrls: [slow.url, chain.url], timeoutMs: 300, retryCount: 0 })
    expect(await client.getBlockNumber()).toBe(lastBlock)
    expect(slow.requests()).toBe(1)
  } finally {
    await slow.stop()
  }
})

test('errors: a window the provider refuses even at one block fails the scan', async () => {
  const strict = await startLimitedRpc(chain.url, { maxLogsBlockRange: 0 })
  try {
    const client = createChainClient({ rpcUrls: [strict.url], retryCount: 0 })
    await expect(scanEventAccounts({ client, address: emitter, event: borrowEvent, account: 'onBehalfOf', fromBlock: firstBlock, toBlock: lastBlock })).rejects.toThrow(/limited to a 0 range/)
  } finally {
    await strict.stop()
  }
})
