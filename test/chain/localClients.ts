import {
  type Abi,
  type Address,
  type Hex,
  getAddress,
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  type PublicClient,
  type TestClient,
  type WalletClient,
  type Chain,
  type Transport,
  type Account,
} from 'viem'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { privateKeyToAccount } from 'viem/accounts'
import { hardhat } from 'viem/chains'

/** Hardhat's well-known development keys (printed by `hardhat node`; public, hold nothing). */
export const hardhatKeys = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
] as const

/** The address Multicall3 has on most EVM chains; tests put the same contract there. */
export const multicall3Address: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'

export type LocalClients = {
  client: PublicClient
  test: TestClient<'hardhat'>
  wallet: (index?: number) => WalletClient<Transport, Chain, Account>
  /** Deploys a contract from account 0 and returns its address. */
  deploy: (contract: { abi: Abi; bytecode: Hex }, args?: readonly unknown[]) => Promise<Address>
  /** Sends a contract call from account `from` and waits for it to be mined; throws if it reverted. */
  write: (from: number, address: Address, abi: Abi, functionName: string, args?: readonly unknown[]) => Promise<void>
}

/** viem clients for a local hardhat node, polling fast because hardhat mines each transaction at once. */
export function localClients(url: string): LocalClients {
  const transport = http(url, { retryCount: 0 })
  const client = createPublicClient({ chain: hardhat, transport, pollingInterval: 10 })
  const test = createTestClient({ chain: hardhat, mode: 'hardhat', transport })
  const wallet = (index = 0) =>
    createWalletClient({ account: privateKeyToAccount(hardhatKeys[index]), chain: hardhat, transport, pollingInterval: 10 })
  const deploy = async (contract: { abi: Abi; bytecode: Hex }, args: readonly unknown[] = []) => {
    const hash = await wallet(0).deployContract({ abi: contract.abi, bytecode: contract.bytecode, args })
    const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 10 })
    if (receipt.status !== 'success' || !receipt.contractAddress) throw new Error('deployment reverted')
    return getAddress(receipt.contractAddress)
  }
  const write = async (from: number, address: Address, abi: Abi, functionName: string, args: readonly unknown[] = []) => {
    const account = privateKeyToAccount(hardhatKeys[from])
    const { request } = await client.simulateContract({ account, address, abi, functionName, args })
    const hash = await wallet(from).writeContract(request)
    const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 10 })
    if (receipt.status !== 'success') throw new Error(`${functionName} reverted`)
  }
  return { client, test, wallet, deploy, write }
}

/** Multicall3's creation code as viem ships it (viem uses it for deployless multicalls but does not export it). */
function multicall3Bytecode(): Hex {
  const viemRoot = dirname(createRequire(import.meta.url).resolve('viem/package.json'))
  const source = readFileSync(join(viemRoot, '_esm/constants/contracts.js'), 'utf8')
  const match = /multicall3Bytecode = '(0x[0-9a-f]+)'/.exec(source)
  if (!match) throw new Error('Multicall3 bytecode not found in viem')
  return match[1] as Hex
}

/** Puts the real Multicall3 (viem's copy of its creation code) at its usual address. */
export async function installMulticall3({ client, test, deploy }: LocalClients): Promise<void> {
  const deployed = await deploy({ abi: [], bytecode: multicall3Bytecode() })
  const code = await client.getCode({ address: deployed })
  if (!code) throw new Error('Multicall3 has no code')
  await test.setCode({ address: multicall3Address, bytecode: code })
}
