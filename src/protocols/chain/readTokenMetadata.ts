import { type Address, erc20Abi, erc20Abi_bytes32, hexToString } from 'viem'
import { type ChainRead, multicallOptions } from './chainRead.ts'

export type TokenMetadata = { symbol: string; decimals: number }

/**
 * Symbol and decimals of ERC-20 tokens in two multicalls. A token whose `symbol()` is bytes32 (MKR) is read
 * that way; one without a symbol is named by its address, so a load never fails on metadata.
 */
export async function readTokenMetadata(chainRead: ChainRead, tokens: Address[]): Promise<TokenMetadata[]> {
  const { client } = chainRead
  const read = { ...multicallOptions(chainRead), allowFailure: true } as const
  const [symbols, symbols32, decimals] = await Promise.all([
    client.multicall({ ...read, contracts: tokens.map((address) => ({ address, abi: erc20Abi, functionName: 'symbol' }) as const) }),
    client.multicall({ ...read, contracts: tokens.map((address) => ({ address, abi: erc20Abi_bytes32, functionName: 'symbol' }) as const) }),
    client.multicall({ ...read, contracts: tokens.map((address) => ({ address, abi: erc20Abi, functionName: 'decimals' }) as const) }),
  ])
  return tokens.map((address, index) => {
    const text = symbols[index]
    const bytes = symbols32[index]
    const symbol =
      text.status === 'success' ? text.result : bytes.status === 'success' ? hexToString(bytes.result, { size: 32 }).replace(/\0+$/, '') : address
    const decimal = decimals[index]
    if (decimal.status !== 'success') throw new Error(`readTokenMetadata: ${address} has no decimals()`)
    return { symbol, decimals: decimal.result }
  })
}
