// Reading and steering the local Discord and Discourse servers from tests that run inside workerd,
// through their /__test routes (test/servers/discord.ts, discourse.ts).

/** The server's recorded requests and what it holds (messages, posts, topics). */
export async function serverState<T>(baseUrl: string): Promise<T> {
  const response = await fetch(`${baseUrl}/__test/state`)
  return (await response.json()) as T
}

/** Makes the next requests fail (429 with a delay, or a 5xx), in order. */
export async function failNext(baseUrl: string, failures: unknown[]): Promise<void> {
  await fetch(`${baseUrl}/__test/fail`, { method: 'POST', body: JSON.stringify(failures) })
}
