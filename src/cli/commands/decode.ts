import { parseArgs } from 'node:util'
import { InputError } from '../../errors.ts'
import type { DecodedProposal } from '../../model.ts'
import { decodeProposal } from '../../protocols/decodeProposal.ts'
import { parseProposalInput } from '../../protocols/parseProposalInput.ts'
import { readJsonFile } from '../readJsonFile.ts'
import { simulateWithRpc } from '../simulateWithRpc.ts'

export const summary = 'decode FILE [--rpc URL [--block N]] — print the proposal\'s normalized ParameterChange[] (and undecoded actions) as JSON; with --rpc, payloads run on that chain'

export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { rpc: { type: 'string' }, block: { type: 'string' } } })
  if (positionals.length !== 1) throw new InputError('Usage: firebreak decode FILE [--rpc URL [--block N]]')
  const { proposal, changes } = parseProposalInput(await readJsonFile(positionals[0]), 'cli')
  const { decoded }: { decoded: DecodedProposal } = changes ? { decoded: { changes, unknown: [] } } : await simulateWithRpc({ proposal, decoded: decodeProposal(proposal), rpc: values.rpc, block: values.block })
  console.log(JSON.stringify(decoded.unknown.length || decoded.simulations?.length ? decoded : decoded.changes, null, 2))
  return 0
}
