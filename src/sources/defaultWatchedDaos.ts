import type { Address } from '../model.ts'
import type { WatchedDao } from './watchedDao.ts'

const base = { snapshotSpace: null, forumUrl: null, forumCategory: null, discordChannel: null, startBlock: null, enabled: true }

// Aave v3 PayloadsControllers: the addresses in bgd-labs/seatbelt-gov-v3 reports (shared/data/proposals/aave-gov-v3-payloads).
const aavePayloadsControllers: [string, number, Address, Address][] = [
  ['ethereum', 1, '0xdAbad81aF85554E9ae636395611C58F7eC1aAEc5', '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'],
  ['arbitrum', 42161, '0x89644CA1bB8064760312AE4F03ea41b05dA3637C', '0x794a61358D6845594F94dc1DB02A252b5b4814aD'],
  ['optimism', 10, '0x0E1a3Af1f9cC76A62eD31eDedca291E63632e7c4', '0x794a61358D6845594F94dc1DB02A252b5b4814aD'],
  ['polygon', 137, '0x401B5D0294E23637c18fcc38b1Bca814CDa2637C', '0x794a61358D6845594F94dc1DB02A252b5b4814aD'],
  ['avalanche', 43114, '0x1140CB7CAfAcC745771C2Ea31e7B5C653c5d0B80', '0x794a61358D6845594F94dc1DB02A252b5b4814aD'],
  ['base', 8453, '0x2DC219E716793fb4b21548C0f009Ba3Af753ab01', '0xA238Dd80C259a72e81d7e4664a9801593F98d1c5'],
]

/**
 * The major Aave and Compound deployments, written to D1 the first time the watch list is read, editable with
 * `firebreak daos`. A source is polled only when an RPC URL for its chain is configured (RPC_URLS).
 */
export const defaultWatchedDaos: WatchedDao[] = [
  ...aavePayloadsControllers.map(([chain, chainId, address, market]): WatchedDao => ({
    ...base,
    id: `aave-v3-${chain}-payloads`,
    name: `Aave v3 ${chain[0].toUpperCase()}${chain.slice(1)} payloads`,
    kind: 'aave-payloads-controller',
    chainId,
    address,
    protocol: 'aave-v3',
    market,
  })),
  {
    ...base,
    id: 'aave-governance-v3',
    name: 'Aave Governance v3',
    kind: 'aave-governance-v3',
    chainId: 1,
    address: '0x9AEE0B04504CeF83A65AC3f0e838D0593BCb2BC7',
    protocol: 'aave-v3',
    market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
  },
  { ...base, id: 'aave-snapshot', name: 'Aave Snapshot', kind: 'snapshot', chainId: 1, address: null, protocol: 'aave-v3', market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', snapshotSpace: 'aave.eth' },
  { ...base, id: 'aave-forum', name: 'Aave governance forum', kind: 'discourse', chainId: 1, address: null, protocol: 'aave-v3', market: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', forumUrl: 'https://governance.aave.com' },
  {
    ...base,
    id: 'compound-governor-bravo',
    name: 'Compound GovernorBravo',
    kind: 'governor-bravo',
    chainId: 1,
    address: '0xc0Da02939E1441F497fd74F78cE7Decb17B66529',
    protocol: 'compound-v3',
    market: '0xc3d688B66703497DAA19211EEdff47f25384cdc3',
  },
  { ...base, id: 'compound-forum', name: 'Compound forum', kind: 'discourse', chainId: 1, address: null, protocol: 'compound-v3', market: '0xc3d688B66703497DAA19211EEdff47f25384cdc3', forumUrl: 'https://www.comp.xyz' },
]
