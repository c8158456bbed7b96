import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, normalize } from 'node:path'

const require = createRequire(import.meta.url)
const openzeppelin = dirname(require.resolve('@openzeppelin/contracts/package.json'))

/**
 * A small concrete OpenZeppelin Governor (Governor is abstract in @openzeppelin/contracts): no token,
 * zero proposal threshold and quorum, so any account can propose and the contract emits the real
 * ProposalCreated event. Returns it with every OpenZeppelin file it imports, ready for compile().
 */
export function governorSources(): Record<string, string> {
  const governor = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";

contract TestGovernor is Governor, GovernorCountingSimple {
  constructor() Governor("TestGovernor") {}
  function votingDelay() public pure override returns (uint256) { return 1; }
  function votingPeriod() public pure override returns (uint256) { return 50; }
  function quorum(uint256) public pure override returns (uint256) { return 0; }
  function clock() public view override returns (uint48) { return uint48(block.number); }
  function CLOCK_MODE() public pure override returns (string memory) { return "mode=blocknumber&from=default"; }
  function _getVotes(address, uint256, bytes memory) internal pure override returns (uint256) { return 0; }
}
`
  const sources: Record<string, string> = { 'TestGovernor.sol': governor }
  const pending = [...imports('TestGovernor.sol', governor)]
  for (let index = 0; index < pending.length && index < 500; index++) {
    const name = pending[index]
    if (sources[name]) continue
    sources[name] = readFileSync(join(openzeppelin, name.replace('@openzeppelin/contracts/', '')), 'utf8')
    pending.push(...imports(name, sources[name]))
  }
  return sources
}

function imports(from: string, source: string): string[] {
  return [...source.matchAll(/^import\s+(?:{[^}]*}\s+from\s+)?"([^"]+)"/gm)].map(([, path]) =>
    path.startsWith('.') ? normalize(join(dirname(from), path)) : path,
  )
}
