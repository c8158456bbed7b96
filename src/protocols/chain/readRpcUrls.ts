import { InputError } from '../../errors.ts'

/**
 * The RPC_URLS setting: JSON of chain id → URL or URLs in the order to try them,
 * `{"1": ["https://a…", "https://b…"], "42161": "https://…"}`. Absent → no chains; malformed → InputError.
 */
export function readRpcUrls(text: string | undefined): Record<string, string[]> {
  if (!text) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new InputError('RPC_URLS is not JSON: expected {"<chainId>": ["https://…", …]}.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InputError('RPC_URLS must be a JSON object of chain id → URL(s).')
  return Object.fromEntries(
    Object.entries(parsed).map(([chainId, urls]) => {
      const list = typeof urls === 'string' ? [urls] : urls
      if (!Array.isArray(list) || list.length === 0 || !list.every((url) => typeof url === 'string' && /^https?:\/\//.test(url)))
        throw new InputError(`RPC_URLS for chain ${chainId} must be an http(s) URL or a list of them.`)
      return [chainId, list as string[]]
    }),
  )
}
