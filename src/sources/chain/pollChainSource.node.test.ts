import { createPublicClient, http } from 'viem'
import { hardhat } from 'viem/chains'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { compile } from '../../../test/chain/compile.ts'
import { type DeployedGovernor, deployer, deployGovernor } from '../../../test/chain/deployGovernor.ts'
import { type RpcProxy, startRpcProxy } from '../../../test/chain/rpcProxy.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import type { WatchedDao } from '../watchedDao.ts'
import { pollChainSource } from './pollChainSource.ts'

let chain: LocalChain
let governor: DeployedGovernor
let proxy: RpcProxy
let dao: WatchedDao

/** Hardhat's test methods (evm_snapshot, evm_revert, hardhat_mine), straight over JSON-RPC. */
async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(chain.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
  return ((await response.json()) as { result: unknown }).result
}
const mine = (blocks: number) => rpc('hardhat_mine', [`0x${blocks.toString(16)}`])

beforeAll(async () => {
  chain = await startHardhat()
  governor = await deployGovernor(chain.url)
  proxy = await startRpcProxy(chain.url)
  dao = {
    id: 'test-governor',
    name: 'Test Governor',
    kind: 'governor',
    chainId: 31337,
    address: governor.address,
    protocol: 'compound-v2',
    market: null,
    snapshotSpace: null,
    forumUrl: null,
    forumCategory: null,
    discordChannel: null,
    startBlock: 0,
    enabled: true,
  }
})
afterAll(async () => {
  await proxy?.stop()
  await chain?.stop()
})

const client = () => createPublicClient({ chain: hardhat, transport: http(proxy.url, { timeout: 1_000, retryCount: 0 }) })

test('default: a real OpenZeppelin Governor ProposalCreated is found once it has its confirmations', async () => {
  await mine(5)
  const block = await governor.propose('# Raise WETH collateral factor\nA test proposal.')
  const early = await pollChainSource({ client: client(), dao, cursor: null, confirmations: 3, maxBlockRange: 1_000, maxRangesPerPoll: 5 })
  expect(early.found).toEqual([])
  expect(early.cursor!.block).toBe(Number(block) - 3)
  await mine(3)
  const confirmed = await pollChainSource({ client: client(), dao, cursor: early.cursor, confirmations: 3, maxBlockRange: 1_000, maxRangesPerPoll: 5 })
  expect(confirmed.found).toHaveLength(1)
  expect(confirmed.found[0].blockNumber).toBe(Number(block))
  expect(confirmed.found[0].proposal).toMatchObject({ source: 'governor', chainId: 31337, governor: governor.address.toLowerCase(), title: 'Raise WETH collateral factor' })
  expect(confirmed.found[0].proposal.actions).toEqual([{ target: governor.address.toLowerCase(), value: '0', signature: '', calldata: '0x3932abb1', withDelegateCall: false }])
  // The id is the Governor's hash of (targets, values, calldatas, descriptionHash), as a decimal string.
  expect(confirmed.found[0].proposal.id).toMatch(/^\d{20,}$/)
  const again = await pollChainSource({ client: client(), dao, cursor: confirmed.cursor, confirmations: 3, maxBlockRange: 1_000, maxRangesPerPoll: 5 })
  expect(again.found).toEqual([])
})

test('behavior: bounded ranges — a source far behind catches up over several polls', async () => {
  const head = Number(await governor.client.getBlockNumber())
  const first = await pollChainSource({ client: client(), dao, cursor: null, confirmations: 0, maxBlockRange: 2, maxRangesPerPoll: 2 })
  expect(first.cursor!.block).toBe(3) // blocks 0–3 read in two ranges of two
  let cursor = first.cursor
  let found = first.found.length
  for (let poll = 0; poll < 20 && cursor!.block < head; poll++) {
    const next = await pollChainSource({ client: client(), dao, cursor, confirmations: 0, maxBlockRange: 2, maxRangesPerPoll: 2 })
    cursor = next.cursor
    found += next.found.length
  }
  expect(cursor!.block).toBe(head)
  expect(found).toBe(1)
})

test('behavior: a reorg of the newest blocks — an orphaned proposal inside the confirmation depth is never reported', async () => {
  await mine(5)
  const before = await pollChainSource({ client: client(), dao, cursor: null, confirmations: 3, maxBlockRange: 1_000, maxRangesPerPoll: 5 })
  const snapshot = await rpc('evm_snapshot')
  await governor.propose('# Orphaned proposal')
  await rpc('evm_revert', [snapshot])
  await mine(4)
  const after = await pollChainSource({ client: client(), dao, cursor: before.cursor, confirmations: 3, maxBlockRange: 1_000, maxRangesPerPoll: 5 })
  expect(after.reorg).toBe(false)
  expect(after.found).toEqual([])
})

test('behavior: a reorg deeper than the confirmation depth rewinds the cursor and rescans', async () => {
  const snapshot = await rpc('evm_snapshot')
  await mine(3)
  const read = await pollChainSource({ client: client(), dao, cursor: null, confirmations: 1, maxBlockRange: 1_000, maxRangesPerPoll: 5 })
  await rpc('evm_revert', [snapshot])
  const block = await governor.propose('# Proposal on the new branch')
  await mine(4)
  const after = await pollChainSource({ client: client(), dao, cursor: read.cursor, confirmations: 1, maxBlockRange: 1_000, maxRangesPerPoll: 5 })
  expect(after.reorg).toBe(true)
  expect(after.found.map((found) => found.blockNumber)).toEqual([Number(block)])
})

test('errors: an RPC that fails or stalls leaves the cursor where it was and reports the error', async () => {
  const head = await pollChainSource({ client: client(), dao, cursor: null, confirmations: 0, maxBlockRange: 1_000, maxRangesPerPoll: 1 })
  await governor.propose('# Proposal during an outage')
  proxy.setMode('error')
  const failed = await pollChainSource({ client: client(), dao, cursor: head.cursor, confirmations: 0, maxBlockRange: 1_000, maxRangesPerPoll: 1 })
  expect(failed.error?.message).toMatch(/503|HTTP request failed/)
  expect(failed.cursor).toEqual(head.cursor)
  proxy.setMode('hang')
  const stalled = await pollChainSource({ client: client(), dao, cursor: head.cursor, confirmations: 0, maxBlockRange: 1_000, maxRangesPerPoll: 1 })
  expect(stalled.error?.message).toMatch(/took too long|timed out/i)
  expect(stalled.cursor).toEqual(head.cursor)
  proxy.setMode('forward')
  const recovered = await pollChainSource({ client: client(), dao, cursor: head.cursor, confirmations: 0, maxBlockRange: 1_000, maxRangesPerPoll: 1 })
  expect(recovered.error).toBeUndefined()
  expect(recovered.found.map((found) => found.proposal.title)).toEqual(['Proposal during an outage'])
})

// A stand-in with Aave GovernanceV3's interface (IGovernanceCore: the ProposalCreated event and getProposal's
// struct layout), not Aave's contract: enough to emit the real event and answer the real ABI call.
const aaveGovernanceStub = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
contract AaveGovernanceStub {
  struct Payload { uint256 chain; uint8 accessLevel; address payloadsController; uint40 payloadId; }
  struct Proposal { uint8 state; uint8 accessLevel; uint40 creationTime; uint24 votingDuration; uint40 votingActivationTime; uint40 queuingTime;
    uint40 cancelTimestamp; address creator; address votingPortal; bytes32 snapshotBlockHash; bytes32 ipfsHash; uint128 forVotes;
    uint128 againstVotes; uint256 cancellationFee; Payload[] payloads; }
  event ProposalCreated(uint256 indexed proposalId, address indexed creator, uint8 indexed accessLevel, bytes32 ipfsHash);
  mapping(uint256 => Proposal) internal proposals;
  uint256 public count;
  function createProposal(Payload[] calldata payloads, bytes32 ipfsHash) external returns (uint256 id) {
    id = count++;
    Proposal storage proposal = proposals[id];
    proposal.state = 1; proposal.accessLevel = 1; proposal.creator = msg.sender; proposal.ipfsHash = ipfsHash;
    for (uint256 i = 0; i < payloads.length; i++) proposal.payloads.push(payloads[i]);
    emit ProposalCreated(id, msg.sender, 1, ipfsHash);
  }
  function getProposal(uint256 id) external view returns (Proposal memory) { return proposals[id]; }
}`

test('behavior: an Aave GovernanceV3 proposal is recorded with the keys of its payloads, read with getProposal', async () => {
  const { AaveGovernanceStub } = compile({ 'AaveGovernanceStub.sol': aaveGovernanceStub })
  const hash = await governor.wallet.deployContract({ abi: AaveGovernanceStub.abi, bytecode: AaveGovernanceStub.bytecode, account: deployer, chain: hardhat })
  const { contractAddress } = await governor.client.waitForTransactionReceipt({ hash })
  const create = await governor.wallet.writeContract({
    address: contractAddress!,
    abi: AaveGovernanceStub.abi,
    functionName: 'createProposal',
    // Real references: Ethereum PayloadsController payload 101 and Polygon's controller (shared/data seatbelt-gov-v3).
    args: [
      [
        { chain: 1n, accessLevel: 1, payloadsController: '0xdAbad81aF85554E9ae636395611C58F7eC1aAEc5', payloadId: 101 },
        { chain: 137n, accessLevel: 1, payloadsController: '0x401B5D0294E23637c18fcc38b1Bca814CDa2637C', payloadId: 60 },
      ],
      '0x1111111111111111111111111111111111111111111111111111111111111111',
    ],
    account: deployer,
    chain: hardhat,
  })
  await governor.client.waitForTransactionReceipt({ hash: create })
  const aave: WatchedDao = { ...dao, id: 'aave-governance', kind: 'aave-governance-v3', address: contractAddress! }
  const result = await pollChainSource({ client: client(), dao: aave, cursor: null, confirmations: 0, maxBlockRange: 1_000, maxRangesPerPoll: 5 })
  expect(result.found).toHaveLength(1)
  expect(result.found[0].checkable).toBe(false)
  expect(result.found[0].proposal.body).toContain('- chain 1, PayloadsController 0xdAbad81aF85554E9ae636395611C58F7eC1aAEc5, payload 101 → aave-payloads-controller:1:0xdabad81af85554e9ae636395611c58f7ec1aaec5:101')
  expect(result.found[0].proposal.body).toContain('→ aave-payloads-controller:137:0x401b5d0294e23637c18fcc38b1bca814cda2637c:60')
})
