import { parseArgs } from 'node:util'
import { runCheck } from '../../check.ts'
import { InputError } from '../../errors.ts'
import type { MarketState, VerdictLevel } from '../../model.ts'
import { decodeProposal } from '../../protocols/decodeProposal.ts'
import { defaultState } from '../../protocols/defaultState.ts'
import { readProposedOracles } from '../../protocols/oracle/readProposedOracles.ts'
import { parseProposalInput } from '../../protocols/parseProposalInput.ts'
import { renderVerdictText } from '../../publish/render/text.ts'
import { verdictJson } from '../../publish/render/verdictJson.ts'
import { readJsonFile } from '../readJsonFile.ts'
import { simulateWithRpc } from '../simulateWithRpc.ts'

export const summary = 'check FILE [--state FILE] [--seed N] [--json [--full]] [--rpc URL [--block N]] — stress the market before and after; print the verdict (with --rpc, payloads run on that chain)'

const exitCodes: Record<VerdictLevel, number> = { PASS: 0, CAUTION: 0, FAIL: 1, REVIEW: 3 }

export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { state: { type: 'string' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false }, full: { type: 'boolean', default: false }, rpc: { type: 'string' }, block: { type: 'string' } },
  })
  if (positionals.length !== 1) throw new InputError('Usage: firebreak check FILE [--state FILE] [--seed N] [--json [--full]] [--rpc URL [--block N]]')
  if (!/^\d{1,9}$/.test(values.seed)) throw new InputError('--seed must be a whole number below 10^9.')
  const { proposal, changes } = parseProposalInput(await readJsonFile(positionals[0]), 'cli')
  const { decoded, clientFor } = changes ? { decoded: { changes, unknown: [] }, clientFor: () => undefined } : await simulateWithRpc({ proposal, decoded: decodeProposal(proposal), rpc: values.rpc, block: values.block })
  const state = await readProposedOracles({ clientFor, state: values.state ? ((await readJsonFile(values.state)) as MarketState) : defaultState, changes: decoded.changes })
  const verdict = await runCheck({ proposal, changes: decoded.changes, unknown: decoded.unknown, simulations: decoded.simulations, state, seed: Number(values.seed) })
  console.log(values.json ? JSON.stringify(verdictJson(verdict, { full: values.full }), null, 2) : renderVerdictText(verdict))
  return exitCodes[verdict.level]
}
