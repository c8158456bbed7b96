import { type Address, createPublicClient, createWalletClient, http, type PublicClient, type WalletClient, type Abi } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { hardhat } from 'viem/chains'
import { compile } from './compile.ts'
import { governorSources } from './governorSources.ts'

// hardhat's well-known account 0 (public test key printed by `hardhat node`).
export const deployer = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80')

export type DeployedGovernor = {
  address: Address
  abi: Abi
  client: PublicClient
  wallet: WalletClient
  /** Sends Governor.propose(targets, values, calldatas, description) and waits for its receipt; returns the block. */
  propose: (description: string, target?: Address) => Promise<bigint>
}

/** Compiles and deploys the concrete OpenZeppelin Governor of governorSources() on a local chain. */
export async function deployGovernor(url: string): Promise<DeployedGovernor> {
  const { TestGovernor } = compile(governorSources())
  const client = createPublicClient({ chain: hardhat, transport: http(url) })
  const wallet = createWalletClient({ account: deployer, chain: hardhat, transport: http(url) })
  const hash = await wallet.deployContract({ abi: TestGovernor.abi, bytecode: TestGovernor.bytecode })
  const { contractAddress } = await client.waitForTransactionReceipt({ hash })
  const address = contractAddress as Address
  return {
    address,
    abi: TestGovernor.abi,
    client,
    wallet,
    propose: async (description, target = address) => {
      // Calls votingDelay() on the target: a harmless action with real calldata (selector 0x3932abb1).
      const request = await wallet.writeContract({
        address,
        abi: TestGovernor.abi,
        functionName: 'propose',
        args: [[target], [0n], ['0x3932abb1'], description],
        account: deployer,
        chain: hardhat,
      })
      const receipt = await client.waitForTransactionReceipt({ hash: request })
      return receipt.blockNumber
    },
  }
}
