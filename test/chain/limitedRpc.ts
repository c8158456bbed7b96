import { createServer, type Server } from 'node:http'

export type LimitedRpcOptions = {
  /** Refuse eth_getLogs spanning more blocks than this, as hosted providers do (QuickNode documents
   *  "eth_getLogs is limited to a 10,000 range"; Alchemy and Infura have their own caps). */
  maxLogsBlockRange?: number
  /** Answer every request this late, to exercise client timeouts. */
  delayMs?: number
  /** Refuse eth_call with a state override (the third parameter), as providers without that extension do. */
  refuseStateOverrides?: boolean
}

export type LimitedRpc = { url: string; requests: (method?: string) => number; stop: () => Promise<void> }

type JsonRpcRequest = { id: number; method: string; params: unknown[] }

/** A JSON-RPC server on 127.0.0.1 in front of a local node that enforces a provider's limits. */
export async function startLimitedRpc(target: string, { maxLogsBlockRange, delayMs = 0, refuseStateOverrides = false }: LimitedRpcOptions): Promise<LimitedRpc> {
  const counts = new Map<string, number>()
  const refuse = (request: JsonRpcRequest): string | undefined => {
    if (refuseStateOverrides && request.method === 'eth_call' && request.params[2] !== undefined) return 'state override is not supported by this endpoint'
    if (request.method !== 'eth_getLogs' || maxLogsBlockRange === undefined) return undefined
    const { fromBlock, toBlock } = request.params[0] as { fromBlock: string; toBlock: string }
    const span = Number(BigInt(toBlock) - BigInt(fromBlock)) + 1
    return span > maxLogsBlockRange ? `eth_getLogs is limited to a ${maxLogsBlockRange} range` : undefined
  }
  const answer = async (request: JsonRpcRequest) => {
    counts.set(request.method, (counts.get(request.method) ?? 0) + 1)
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    const refusal = refuse(request)
    if (refusal) return { jsonrpc: '2.0', id: request.id, error: { code: -32614, message: refusal } }
    const upstream = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) })
    return upstream.json()
  }
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as JsonRpcRequest | JsonRpcRequest[]
      const result = Array.isArray(body) ? await Promise.all(body.map(answer)) : await answer(body)
      if (response.destroyed) return
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(result))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    requests: (method) => (method ? (counts.get(method) ?? 0) : [...counts.values()].reduce((sum, count) => sum + count, 0)),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
