import { encodeAbiParameters, encodeEventTopics, type Hex } from 'viem'
import { expect, test } from 'vitest'
import payload101 from '../../../fixtures/sources/aave-payload-ethereum-101.json'
import compound43 from '../../../fixtures/sources/compound-proposal-043-getActions.json'
import type { Address } from '../../model.ts'
import { aavePayloadCreated, aaveProposalCreated, governorProposalCreated } from './events.ts'
import { proposalFromLog } from './proposalFromLog.ts'

const bravo = '0xc0Da02939E1441F497fd74F78cE7Decb17B66529'

function governorLog(description: string) {
  const data = encodeAbiParameters(governorProposalCreated.inputs, [
    43n,
    '0x0000000000000000000000000000000000000Bad',
    compound43.targets as Address[],
    compound43.values.map(BigInt),
    compound43.signatures,
    compound43.calldatas as Hex[],
    13_000_000n,
    13_019_710n,
    description,
  ])
  return { address: bravo as Address, topics: encodeEventTopics({ abi: [governorProposalCreated], eventName: 'ProposalCreated' }) as [Hex], data }
}

test('default: a GovernorBravo ProposalCreated with the real actions of Compound proposal 43', () => {
  const { proposal, checkable } = proposalFromLog({ kind: 'governor-bravo', chainId: 1, log: governorLog('# Governance parameters\nSets the voting delay and period.') })
  expect(checkable).toBe(true)
  expect(proposal).toMatchObject({ source: 'governor-bravo', chainId: 1, governor: bravo.toLowerCase(), id: '43', title: 'Governance parameters' })
  expect(proposal.actions).toEqual([
    { target: bravo.toLowerCase(), value: '0', signature: '_setVotingDelay(uint256)', calldata: '0x0000000000000000000000000000000000000000000000000000000000003354', withDelegateCall: false },
    { target: bravo.toLowerCase(), value: '0', signature: '_setVotingPeriod(uint256)', calldata: '0x0000000000000000000000000000000000000000000000000000000000004cfe', withDelegateCall: false },
  ])
})

test('behavior: a PayloadCreated with the real actions of Aave payload 101 on Ethereum', () => {
  const actions = payload101.actions.map((action) => ({
    target: action.target as Address,
    withDelegateCall: action.withDelegateCall,
    accessLevel: action.accessLevel,
    value: BigInt(action.value),
    signature: action.signature,
    callData: action.callData as Hex,
  }))
  const topics = encodeEventTopics({ abi: [aavePayloadCreated], eventName: 'PayloadCreated', args: { payloadId: 101, creator: '0x0000000000000000000000000000000000000Bad', maximumAccessLevelRequired: 1 } })
  const data = encodeAbiParameters([aavePayloadCreated.inputs[2]], [actions])
  const { proposal, checkable } = proposalFromLog({ kind: 'aave-payloads-controller', chainId: 1, log: { address: payload101.payloadsController as Address, topics: topics as [Hex], data } })
  expect(checkable).toBe(true)
  expect(proposal).toMatchObject({ source: 'aave-payloads-controller', chainId: 1, governor: payload101.payloadsController.toLowerCase(), id: '101' })
  expect(proposal.actions).toEqual([{ target: '0xfd6c481111e26dce6cefd2909ad0644111b6817f', value: '0', signature: 'execute()', calldata: '0x', withDelegateCall: true, accessLevel: 1 }])
})

test('behavior: an Aave GovernanceV3 ProposalCreated is recorded but not checkable on its own', () => {
  const topics = encodeEventTopics({ abi: [aaveProposalCreated], eventName: 'ProposalCreated', args: { proposalId: 200n, creator: '0x0000000000000000000000000000000000000Bad', accessLevel: 1 } })
  const data = encodeAbiParameters([{ type: 'bytes32' }], ['0x1111111111111111111111111111111111111111111111111111111111111111'])
  const { proposal, checkable } = proposalFromLog({ kind: 'aave-governance-v3', chainId: 1, log: { address: '0x9AEE0B04504CeF83A65AC3f0e838D0593BCb2BC7', topics: topics as [Hex], data } })
  expect(checkable).toBe(false)
  expect(proposal).toMatchObject({ source: 'aave-governance-v3', id: '200', actions: [] })
  expect(proposal.body).toContain('0x1111111111111111111111111111111111111111111111111111111111111111')
})

test('errors: a log of another event, or truncated data, throws', () => {
  const log = governorLog('x')
  expect(() => proposalFromLog({ kind: 'aave-payloads-controller', chainId: 1, log })).toThrow()
  expect(() => proposalFromLog({ kind: 'governor', chainId: 1, log: { ...log, data: log.data.slice(0, 100) as Hex } })).toThrow()
})
