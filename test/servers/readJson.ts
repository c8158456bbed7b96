import type { IncomingMessage } from 'node:http'

/** The request body as parsed JSON (undefined when empty), or an Error when it is not JSON. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return new Error('body is not JSON')
  }
}
