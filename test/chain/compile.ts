import { createRequire } from 'node:module'
import type { Abi, Hex } from 'viem'

const require = createRequire(import.meta.url)

type SolcOutput = {
  errors?: { severity: string; formattedMessage: string }[]
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }>>
}

export type CompiledContract = { abi: Abi; bytecode: Hex; deployedBytecode: Hex }

/**
 * Compiles Solidity sources with the `solc` npm package (its compiler ships inside the package, so
 * nothing is downloaded). `sources` maps file names to source text; returns contracts by name.
 */
export function compile(sources: Record<string, string>): Record<string, CompiledContract> {
  const solc = require('solc') as { compile: (input: string) => string }
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(Object.entries(sources).map(([name, content]) => [name, { content }])),
    settings: {
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as SolcOutput
  const errors = (output.errors ?? []).filter((error) => error.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map((error) => error.formattedMessage).join('\n'))
  const contracts: Record<string, CompiledContract> = {}
  for (const file of Object.values(output.contracts))
    for (const [name, contract] of Object.entries(file))
      contracts[name] = {
        abi: contract.abi,
        bytecode: `0x${contract.evm.bytecode.object}`,
        deployedBytecode: `0x${contract.evm.deployedBytecode.object}`,
      }
  return contracts
}
