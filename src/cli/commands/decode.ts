import { parseArgs } from 'node:util'
import { InputError } from '../../errors.ts'
import { decodeProposal } from '../../protocols/decodeProposal.ts'
import { parseProposalInput } from '../../protocols/parseProposalInput.ts'
import { readJsonFile } from '../readJsonFile.ts'

export const summary = 'decode FILE — print the proposal\'s normalized ParameterChange[] (and undecoded actions) as JSON'

export async function run(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} })
  if (positionals.length !== 1) throw new InputError('Usage: firebreak decode FILE')
  const { proposal, changes } = parseProposalInput(await readJsonFile(positionals[0]), 'cli')
  const decoded = changes ? { changes, unknown: [] } : decodeProposal(proposal)
  console.log(JSON.stringify(decoded.unknown.length ? decoded : decoded.changes, null, 2))
  return 0
}
