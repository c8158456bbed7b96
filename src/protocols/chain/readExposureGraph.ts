import Decimal from 'decimal.js'
import { type Address, erc20Abi, formatUnits, getAddress, type PublicClient } from 'viem'
import type { ExposureEdge, ExposureGraph, ExposureNode, MarketState } from '../../model.ts'
import { pinBlock } from './pinBlock.ts'

/** A market the weekly report should hold a node for even when the template has none (SNAPSHOT_MARKETS). */
export type WatchedMarket = { protocol: NonNullable<NonNullable<ExposureNode['onChain']>['protocol']>; chainId: number; market: Address }

export type ReadExposureGraphParameters = {
  /** The graph to fill in: its nodes' `onChain` say what to read; what cannot be read keeps its figure and source. */
  template: ExposureGraph
  /** A client for every chain RPC_URLS has. */
  clients: Record<number, PublicClient>
  /** A market's state: the stored snapshot when fresh, else read from its chain; undefined when neither can be had. */
  marketState: (market: WatchedMarket) => Promise<MarketState | undefined>
  watched?: WatchedMarket[]
}

export type ExposureRead = { chainId: number; block: number; what: string }

export type ReadExposureGraphReturnType = {
  graph: ExposureGraph
  reads: ExposureRead[]
  /** Nodes whose read failed (an RPC error, a contract that is not what the template says): they keep their figures. */
  skipped: { node: string; reason: string }[]
}

const key = (chainId: number, address: string) => `${chainId}:${address.toLowerCase()}`
const usd = (value: Decimal) => value.toDecimalPlaces(0).toFixed()

/**
 * The exposure graph as the chains have it now, where RPC_URLS reaches them: each market node's size (everything
 * supplied, at its oracle's prices) and holdings — a collateral edge to every node whose token it holds, at the amount
 * supplied and the LTV — each token node's supply (bridged supply on its own chain) at the USD price a market on that
 * chain gives it, each bridge's locked amount, and the backing and deposit edges that follow from those. A market in
 * `watched` but not in the template gets a node. Every figure read says so in its `source`, with chain and block.
 *
 * @example
 * const { graph, reads } = await readExposureGraph({ template, clients: { 1: client }, marketState })
 */
export async function readExposureGraph({ template, clients, marketState, watched = [] }: ReadExposureGraphParameters): Promise<ReadExposureGraphReturnType> {
  const reads: ExposureRead[] = []
  const skipped: ReadExposureGraphReturnType['skipped'] = []
  const attempt = async (node: ExposureNode, read: () => Promise<void>) => {
    try {
      await read()
    } catch (error) {
      skipped.push({ node: node.id, reason: error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error) })
    }
  }
  const nodes: ExposureNode[] = template.nodes.map((node) => ({ ...node }))
  for (const market of watched)
    if (!nodes.some((node) => node.market && node.onChain?.chainId === market.chainId && node.market.toLowerCase() === market.market.toLowerCase()))
      nodes.push({ id: `${market.protocol}-${market.chainId}-${market.market.toLowerCase()}`, name: `${market.protocol} ${market.market}`, kind: 'market', chain: String(market.chainId), sizeUsd: '0', market: market.market, onChain: { chainId: market.chainId, protocol: market.protocol }, source: 'SNAPSHOT_MARKETS' })

  // Markets first: their states give the prices every token on their chain is valued at.
  const states = new Map<string, MarketState>()
  const prices = new Map<string, Decimal>()
  const sized = new Set<string>()
  let latest = ''
  for (const node of nodes) {
    const chainId = node.onChain?.chainId
    const protocol = node.onChain?.protocol
    const market = node.market
    if (!market || chainId === undefined || !protocol) continue
    let state: MarketState | undefined
    await attempt(node, async () => {
      state = await marketState({ protocol, chainId, market })
    })
    if (!state) continue
    states.set(node.id, state)
    const block = state.provenance.block ?? 0
    reads.push({ chainId, block, what: `${state.name} (${node.market})` })
    if (state.provenance.timestamp > latest) latest = state.provenance.timestamp
    sized.add(node.id)
    const supplied = state.assets.reduce((sum, asset) => sum.plus(new Decimal(asset.totalSupply).times(asset.price)), new Decimal(0))
    for (const asset of state.assets) prices.set(key(chainId, asset.address), new Decimal(asset.price))
    Object.assign(node, { sizeUsd: usd(supplied), generated: false, source: `everything supplied to ${state.name} at its oracle's prices, read on chain ${chainId} at block ${block}` })
    if (node.source === 'SNAPSHOT_MARKETS') node.name = state.name
  }

  // Token supplies and bridge escrows, one pinned block per chain.
  const blocks = new Map<number, bigint>()
  const blockOf = async (chainId: number, client: PublicClient) => {
    if (!blocks.has(chainId)) {
      const pinned = await pinBlock(client)
      blocks.set(chainId, pinned.blockNumber)
      reads.push({ chainId, block: Number(pinned.blockNumber), what: 'token supplies and bridge balances' })
      if (pinned.timestamp > latest) latest = pinned.timestamp
    }
    return blocks.get(chainId) as bigint
  }
  const tokenUnits = async (client: PublicClient, blockNumber: bigint, token: Address, holder?: Address) => {
    const [amount, decimals] = await Promise.all([
      holder ? client.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [holder], blockNumber }) : client.readContract({ address: token, abi: erc20Abi, functionName: 'totalSupply', blockNumber }),
      client.readContract({ address: token, abi: erc20Abi, functionName: 'decimals', blockNumber }),
    ])
    return new Decimal(formatUnits(amount, decimals))
  }
  const locked = new Map<string, Decimal>()
  for (const node of nodes) {
    const onChain = node.onChain
    const client = onChain ? clients[onChain.chainId] : undefined
    if (!onChain || !client) continue
    const { supply, escrow } = onChain
    const supplyPrice = supply && (prices.get(key(onChain.chainId, supply.token)) ?? (supply.priceAs ? prices.get(key(onChain.chainId, supply.priceAs)) : undefined))
    if (supply && supplyPrice)
      await attempt(node, async () => {
        const blockNumber = await blockOf(onChain.chainId, client)
        const units = await tokenUnits(client, blockNumber, supply.token)
        const priced = supply.priceAs && !prices.has(key(onChain.chainId, supply.token)) ? ` priced as ${getAddress(supply.priceAs)}` : ''
        sized.add(node.id)
        Object.assign(node, { sizeUsd: usd(units.times(supplyPrice)), generated: false, source: `total supply of ${getAddress(supply.token)} on chain ${onChain.chainId} at block ${blockNumber}${priced}, at a market's oracle price on that chain` })
      })
    const escrowPrice = escrow && prices.get(key(onChain.chainId, escrow.token))
    if (escrow && escrowPrice)
      await attempt(node, async () => {
        const blockNumber = await blockOf(onChain.chainId, client)
        const amount = (await tokenUnits(client, blockNumber, escrow.token, escrow.holder)).times(escrowPrice)
        locked.set(node.id, amount)
        sized.add(node.id)
        Object.assign(node, { sizeUsd: usd(amount), generated: false, source: `${getAddress(escrow.token)} held by ${getAddress(escrow.holder)} on chain ${onChain.chainId} at block ${blockNumber}` })
      })
  }

  // Edges: the template's, with what was read; then every holding of a read market that a node stands for.
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const edges: ExposureEdge[] = template.edges.map((edge) => {
    const state = states.get(edge.holder)
    if (edge.kind === 'collateral' && state && edge.asset) {
      const asset = state.assets.find((candidate) => candidate.address.toLowerCase() === edge.asset?.toLowerCase())
      if (asset) return holdingEdge(edge.holder, edge.held, state, asset)
    }
    if (edge.kind === 'backing' && sized.has(edge.holder)) return { ...edge, amountUsd: byId.get(edge.holder)?.sizeUsd ?? edge.amountUsd, generated: false, source: `all of ${byId.get(edge.holder)?.name}'s supply, as read` }
    if (edge.kind === 'deposit' && locked.has(edge.holder)) return { ...edge, amountUsd: usd(locked.get(edge.holder) as Decimal), generated: false, source: `what ${byId.get(edge.holder)?.name} holds, as read` }
    return edge
  })
  for (const [holder, state] of states) {
    const chainId = byId.get(holder)?.onChain?.chainId as number
    for (const asset of state.assets) {
      const held = nodes.find((node) => node.id !== holder && node.onChain?.chainId === chainId && node.onChain.tokens?.some((token) => token.toLowerCase() === asset.address.toLowerCase()))
      if (!held || edges.some((edge) => edge.holder === holder && edge.held === held.id && edge.asset?.toLowerCase() === asset.address.toLowerCase())) continue
      edges.push(holdingEdge(holder, held.id, state, asset))
    }
  }

  const blocksRead = [...new Set(reads.map((entry) => `chain ${entry.chainId} block ${entry.block}`))].join(', ')
  return {
    graph: {
      ...template,
      nodes,
      edges,
      asOf: latest ? latest.slice(0, 10) : template.asOf,
      source: reads.length > 0 ? `${template.source} Read from chains where RPC_URLS reaches them (${blocksRead}); every other figure is the template's.` : template.source,
    },
    reads,
    skipped,
  }
}

/** A market's holding of a token as a collateral edge: the amount supplied at the oracle price, at the token's LTV. */
function holdingEdge(holder: string, held: string, state: MarketState, asset: MarketState['assets'][number]): ExposureEdge {
  return {
    holder,
    held,
    kind: 'collateral',
    amountUsd: usd(new Decimal(asset.totalSupply).times(asset.price)),
    collateralFactor: asset.collateralEnabled ? asset.collateralFactor : '0',
    asset: asset.address,
    symbol: asset.symbol,
    generated: false,
    source: `${asset.symbol} supplied to ${state.name} and its LTV, read on chain ${state.chainId} at block ${state.provenance.block ?? 0}`,
  }
}
