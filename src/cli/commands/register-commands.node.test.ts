import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { type DiscordServer, startDiscordServer } from '../../../test/servers/discord.ts'
import { main } from '../main.ts'

let discord: DiscordServer
beforeAll(async () => {
  discord = await startDiscordServer()
})
afterAll(async () => {
  await discord.close()
  vi.unstubAllEnvs()
})

test('default', async () => {
  vi.stubEnv('DISCORD_TOKEN', discord.token)
  vi.stubEnv('DISCORD_APPLICATION_ID', discord.applicationId)
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  expect(await main(['register-commands', '--api', discord.api])).toBe(0)
  expect(log.mock.calls[0][0]).toMatch(/^registered \/firebreak \(\d+\) globally$/)
  log.mockRestore()
  const [command] = discord.commands as { name: string; options: { name: string; options?: { name: string; autocomplete?: boolean }[] }[] }[]
  expect(command.name).toBe('firebreak')
  expect(command.options.map((option) => option.name)).toEqual(['check', 'simulate', 'recommend', 'status', 'systemic'])
  expect(command.options[1].options?.filter((option) => option.autocomplete).map((option) => option.name)).toEqual(['market', 'asset'])
  expect(discord.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/applications/${discord.applicationId}/commands`, authorization: `Bot ${discord.token}` })
})

test('behavior: --guild registers in one server', async () => {
  vi.stubEnv('DISCORD_TOKEN', discord.token)
  vi.stubEnv('DISCORD_APPLICATION_ID', discord.applicationId)
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  expect(await main(['register-commands', '--api', discord.api, '--guild', '1340000000000000001'])).toBe(0)
  log.mockRestore()
  expect(discord.requests.at(-1)?.path).toBe(`/applications/${discord.applicationId}/guilds/1340000000000000001/commands`)
})

test('errors: missing credentials exit 2; a rate limit exits 1 and says when to try again', async () => {
  vi.stubEnv('DISCORD_TOKEN', '')
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(await main(['register-commands', '--api', discord.api])).toBe(2)
  expect(error.mock.calls[0][0]).toContain('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID')
  vi.stubEnv('DISCORD_TOKEN', discord.token)
  discord.failNext({ status: 429, retryAfter: 3 })
  expect(await main(['register-commands', '--api', discord.api])).toBe(1)
  expect(error.mock.calls[1][0]).toContain('try again in 3s')
  error.mockRestore()
})
