import { createRequire } from 'node:module'
import type { Abi, Address, Hex } from 'viem'

const require = createRequire(import.meta.url)

type HardhatArtifact = {
  contractName: string
  abi: Abi
  bytecode: Hex
  linkReferences: Record<string, Record<string, { start: number; length: number }[]>>
}

/** A compiled contract from `@aave/core-v3/artifacts/contracts/<path>.json` (the npm package's own build). */
export function aaveArtifact(path: string): HardhatArtifact {
  return require(`@aave/core-v3/artifacts/contracts/${path}.json`) as HardhatArtifact
}

/** Writes library addresses into an artifact's bytecode at its link references (hardhat's linking). */
export function linkBytecode(artifact: HardhatArtifact, libraries: Record<string, Address>): Hex {
  let bytecode = artifact.bytecode.slice(2)
  for (const file of Object.values(artifact.linkReferences))
    for (const [name, references] of Object.entries(file)) {
      const library = libraries[name]
      if (!library) throw new Error(`${artifact.contractName} needs library ${name}`)
      for (const { start, length } of references)
        bytecode = bytecode.slice(0, start * 2) + library.slice(2).toLowerCase() + bytecode.slice((start + length) * 2)
    }
  return `0x${bytecode}`
}
