import { parseAbi } from 'viem'

/**
 * The governance events Firebreak listens for. OpenZeppelin Governor and Compound GovernorBravo emit
 * ProposalCreated with the same types (OZ kept Bravo's layout), so one ABI item decodes both.
 */
export const governorProposalCreated = parseAbi([
  'event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)',
])[0]

/** Aave GovernanceV3 (bgd-labs/aave-governance-v3 IGovernanceCore): the payloads are referenced, not included. */
export const aaveProposalCreated = parseAbi([
  'event ProposalCreated(uint256 indexed proposalId, address indexed creator, uint8 indexed accessLevel, bytes32 ipfsHash)',
])[0]

/** Aave PayloadsController (IPayloadsControllerCore): a payload's actions, emitted when it is created. */
export const aavePayloadCreated = parseAbi([
  'struct ExecutionAction { address target; bool withDelegateCall; uint8 accessLevel; uint256 value; string signature; bytes callData; }',
  'event PayloadCreated(uint40 indexed payloadId, address indexed creator, ExecutionAction[] actions, uint8 indexed maximumAccessLevelRequired)',
])[0]



/** Aave GovernanceV3 `getProposal` (IGovernanceCore.Proposal; PayloadsControllerUtils.Payload): where a proposal's payloads live. */
export const aaveGetProposal = parseAbi([
  'struct Payload { uint256 chain; uint8 accessLevel; address payloadsController; uint40 payloadId; }',
  'struct Proposal { uint8 state; uint8 accessLevel; uint40 creationTime; uint24 votingDuration; uint40 votingActivationTime; uint40 queuingTime; uint40 cancelTimestamp; address creator; address votingPortal; bytes32 snapshotBlockHash; bytes32 ipfsHash; uint128 forVotes; uint128 againstVotes; uint256 cancellationFee; Payload[] payloads; }',
  'function getProposal(uint256 proposalId) view returns (Proposal)',
])
