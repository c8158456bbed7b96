// A server on 127.0.0.1 that accepts connections and reads requests but never answers: an RPC node, a forum or
// Snapshot that hangs. Connections are dropped after `dropAfterMs` so nothing outlives the tests.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type HangingServer = { url: string; requests: () => number; close(): Promise<void> }

export async function startHangingServer({ dropAfterMs = 120_000 } = {}): Promise<HangingServer> {
  let requests = 0
  const server = createServer((request) => {
    requests++
    request.resume()
    setTimeout(() => request.socket.destroy(), dropAfterMs).unref()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  server.unref()
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
