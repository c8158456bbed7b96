import { type Address, parseUnits } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { aaveArtifact } from '../../../test/chain/aaveArtifacts.ts'
import { type AaveV3Deployment, defaultReserves, deployAaveV3 } from '../../../test/chain/deployAaveV3.ts'
import { hardhatKeys, type LocalClients, localClients } from '../../../test/chain/localClients.ts'
import { type LocalChain, startHardhat } from '../../../test/chain/startHardhat.ts'
import type { ExposureGraph } from '../../model.ts'
import { buildSystemicReport } from '../../systemic/buildSystemicReport.ts'
import { loadMarketState } from '../loadMarketState.ts'
import { createChainClient } from './createChainClient.ts'
import { readExposureGraph } from './readExposureGraph.ts'

// A real Aave v3 market on a local hardhat chain (the @aave/core-v3 artifacts) with a wstETH-like reserve, a token
// standing in for wstETH bridged to an L2 (on the same local chain) and the bridge's escrow holding its L1 backing.
let chain: LocalChain
let local: LocalClients
let aave: AaveV3Deployment
let bridged: Address
const escrow = privateKeyToAccount(hardhatKeys[5]).address
const tokenArtifact = aaveArtifact('mocks/tokens/MintableERC20.sol/MintableERC20')

beforeAll(async () => {
  chain = await startHardhat()
  local = localClients(chain.url)
  aave = await deployAaveV3(local, [
    ...defaultReserves,
    { symbol: 'wstETH', decimals: 18, priceUsd8: 2300_00000000n, ltvBps: 7850n, liquidationThresholdBps: 8100n, liquidationBonusBps: 10600n, supplyCap: 100_000n, borrowCap: 10_000n },
  ])
  const wstETH = aave.reserves.wstETH.asset
  const supplier = privateKeyToAccount(hardhatKeys[3]).address
  await local.write(3, wstETH, tokenArtifact.abi, 'mint', [supplier, parseUnits('500', 18)])
  await local.write(3, wstETH, tokenArtifact.abi, 'approve', [aave.pool, parseUnits('500', 18)])
  await local.write(3, aave.pool, aaveArtifact('protocol/pool/Pool.sol/Pool').abi, 'supply', [wstETH, parseUnits('500', 18), supplier, 0])
  await local.write(0, wstETH, tokenArtifact.abi, 'mint', [escrow, parseUnits('120', 18)])
  bridged = await local.deploy(tokenArtifact, ['Bridged wstETH', 'wstETH', 18])
  await local.write(0, bridged, tokenArtifact.abi, 'mint', [privateKeyToAccount(hardhatKeys[4]).address, parseUnits('120', 18)])
}, 120_000)
afterAll(async () => {
  await chain?.stop()
})

const fixture = { sizeUsd: '1', source: 'template figure' }

function template(): ExposureGraph {
  const wstETH = aave.reserves.wstETH.asset
  return {
    id: 'local-template',
    asOf: '2026-01-01',
    source: 'a template for the chain test.',
    nodes: [
      { id: 'market', name: 'Local Aave', kind: 'market', chain: 'local', market: aave.pool, onChain: { chainId: 31337, protocol: 'aave-v3' }, ...fixture },
      { id: 'wsteth', name: 'wstETH', kind: 'lst', chain: 'local', onChain: { chainId: 31337, tokens: [wstETH], supply: { token: wstETH } }, ...fixture },
      { id: 'usdc', name: 'USDC', kind: 'stablecoin', chain: 'local', onChain: { chainId: 31337, tokens: [aave.reserves.USDC.asset], supply: { token: aave.reserves.USDC.asset } }, ...fixture },
      { id: 'bridge', name: 'Bridge', kind: 'bridge', chain: 'local', onChain: { chainId: 31337, escrow: { token: wstETH, holder: escrow } }, ...fixture },
      { id: 'wsteth-l2', name: 'wstETH (L2)', kind: 'lst', chain: 'l2', bridge: 'bridge', onChain: { chainId: 31337, tokens: [bridged], supply: { token: bridged, priceAs: wstETH } }, ...fixture },
      { id: 'elsewhere', name: 'Unreachable', kind: 'lst', chain: 'other', onChain: { chainId: 999, supply: { token: wstETH } }, sizeUsd: '777', source: 'template figure' },
    ],
    edges: [
      { holder: 'market', held: 'wsteth', kind: 'collateral', amountUsd: '1', collateralFactor: '0.5', asset: wstETH, symbol: 'wstETH', source: 'template figure' },
      { holder: 'bridge', held: 'wsteth', kind: 'deposit', amountUsd: '1', source: 'template figure' },
    ],
  }
}

test('default: market holdings, token and bridged supply and the bridge’s escrow read from the chain, at the oracle’s prices', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const { graph, reads, skipped } = await readExposureGraph({
    template: template(),
    clients: { 31337: client },
    marketState: ({ protocol, market }) => loadMarketState({ protocol, client, market, borrowers: { maxRequests: 1, maxCandidates: 0, maxPositions: 0 } }),
  })
  expect(skipped).toEqual([])
  const node = (id: string) => graph.nodes.find((candidate) => candidate.id === id)
  const edge = (holder: string, held: string) => graph.edges.find((candidate) => candidate.holder === holder && candidate.held === held)
  // supplied to the pool: 1,110 WETH × $2,000 + 5,020,000 USDC + 10 WBTC × $30,000 + 500 wstETH × $2,300
  expect(node('market')?.sizeUsd).toBe(String(1110 * 2000 + 5_020_000 + 10 * 30_000 + 500 * 2300))
  // wstETH: 500 in the pool + 120 in the escrow, at the pool oracle's $2,300
  expect(node('wsteth')).toMatchObject({ sizeUsd: String(620 * 2300), generated: false })
  expect(node('wsteth')?.source).toMatch(/^total supply of 0x[0-9a-fA-F]{40} on chain 31337 at block \d+/)
  expect(node('usdc')?.sizeUsd).toBe('5020000')
  // the bridged token, priced as the L1 token it stands for; the escrow that backs it
  expect(node('wsteth-l2')?.sizeUsd).toBe(String(120 * 2300))
  expect(node('bridge')?.sizeUsd).toBe(String(120 * 2300))
  expect(edge('bridge', 'wsteth')?.amountUsd).toBe(String(120 * 2300))
  // the template's collateral edge takes the pool's amount and LTV; the pool's USDC becomes an edge of its own
  expect(edge('market', 'wsteth')).toMatchObject({ amountUsd: String(500 * 2300), collateralFactor: '0.785', generated: false })
  expect(edge('market', 'usdc')).toMatchObject({ kind: 'collateral', amountUsd: '5020000', collateralFactor: '0.77', symbol: 'USDC' })
  // a node on a chain RPC_URLS does not have keeps its template figures
  expect(node('elsewhere')).toMatchObject({ sizeUsd: '777', source: 'template figure' })
  expect(reads.map((read) => read.chainId)).toEqual([31337, 31337])
  expect(graph.source).toContain('Read from chains where RPC_URLS reaches them (chain 31337 block')

  // the report reads the graph: wstETH's failure reaches the pool (at 78.5 % of what it backs) and the L2 token
  const report = await buildSystemicReport({ graph, week: '2026-W48', reads, createdAt: '2026-11-23T06:00:00Z' })
  const wsteth = report.nodes.find((candidate) => candidate.id === 'wsteth')
  expect(wsteth?.reached).toBeGreaterThanOrEqual(3)
  expect(wsteth?.spreadLossUsd).toBeGreaterThan(500 * 2300 * 0.785)
})

test('errors: a market whose read fails keeps its template figures and is reported, the rest is read', async () => {
  const client = createChainClient({ rpcUrls: [chain.url] })
  const broken = template()
  broken.nodes[0] = { ...broken.nodes[0], market: '0x000000000000000000000000000000000000dEaD' }
  const { graph, skipped } = await readExposureGraph({
    template: broken,
    clients: { 31337: client },
    marketState: ({ protocol, market }) => loadMarketState({ protocol, client, market, borrowers: { maxRequests: 1, maxCandidates: 0, maxPositions: 0 } }),
  })
  expect(skipped.map((entry) => entry.node)).toEqual(['market'])
  expect(graph.nodes[0]).toMatchObject({ sizeUsd: '1', source: 'template figure' })
  // with no market read there is no price on the chain: the token nodes keep theirs too
  expect(graph.nodes.find((node) => node.id === 'wsteth')?.sizeUsd).toBe('1')
})
