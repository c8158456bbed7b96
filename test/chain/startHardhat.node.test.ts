import { createPublicClient, createWalletClient, http } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { hardhat } from 'viem/chains'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { compile } from './compile.ts'
import { type LocalChain, startHardhat } from './startHardhat.ts'

// hardhat's well-known account 0 (public test key printed by `hardhat node`).
const deployer = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80')
let chain: LocalChain

beforeAll(async () => {
  chain = await startHardhat()
})
afterAll(async () => {
  await chain?.stop()
})

test('default: a contract compiled with solc deploys and answers eth_call', async () => {
  const { Answer } = compile({ 'Answer.sol': 'pragma solidity ^0.8.20; contract Answer { function answer() external pure returns (uint256) { return 42; } }' })
  const wallet = createWalletClient({ account: deployer, chain: hardhat, transport: http(chain.url) })
  const client = createPublicClient({ chain: hardhat, transport: http(chain.url) })
  const hash = await wallet.deployContract({ abi: Answer.abi, bytecode: Answer.bytecode })
  const { contractAddress } = await client.waitForTransactionReceipt({ hash })
  expect(contractAddress).toBeTruthy()
  const answer = await client.readContract({ address: contractAddress!, abi: Answer.abi, functionName: 'answer' })
  expect(answer).toBe(42n)
})
