// A server on 127.0.0.1 that accepts connections and reads requests but never answers: an RPC node, a forum or
// Snapshot that hangs. Connections are dropped after `dropAfterMs` so nothing outlives the tests.
import { createServer } from 'node:http'
import { listen } from './listen.ts'

export type HangingServer = { url: string; requests: () => number; close(): Promise<void> }

export async function startHangingServer({ dropAfterMs = 120_000 } = {}): Promise<HangingServer> {
  let requests = 0
  const server = createServer((request) => {
    requests++
    request.resume()
    setTimeout(() => request.socket.destroy(), dropAfterMs).unref()
  })
  const { port, close } = await listen(server)
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close,
  }
}
