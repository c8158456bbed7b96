import { createServer, type Server } from 'node:http'

export type RpcProxyMode = 'forward' | 'error' | 'hang'

export type RpcProxy = {
  url: string
  /** forward: pass JSON-RPC through; error: answer HTTP 503 like an overloaded provider; hang: never answer. */
  setMode: (mode: RpcProxyMode) => void
  requests: () => number
  stop: () => Promise<void>
}

/** A JSON-RPC proxy on 127.0.0.1 in front of a local chain, to make the provider fail or stall on demand. */
export async function startRpcProxy(target: string): Promise<RpcProxy> {
  let mode: RpcProxyMode = 'forward'
  let count = 0
  const hanging = new Set<() => void>()
  const server: Server = createServer((request, response) => {
    count++
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      if (mode === 'hang') return hanging.add(() => response.destroy())
      if (mode === 'error') {
        response.writeHead(503, { 'content-type': 'text/plain' })
        return response.end('Service Unavailable')
      }
      const upstream = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) })
      response.writeHead(upstream.status, { 'content-type': 'application/json' })
      response.end(await upstream.text())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    setMode: (next) => (mode = next),
    requests: () => count,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const end of hanging) end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
