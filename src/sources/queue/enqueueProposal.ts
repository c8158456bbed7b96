import type { Env } from '../../env.ts'
import { type RecordProposalParameters, type RecordProposalReturnType, recordProposal } from '../../store/sources/recordProposal.ts'

/**
 * Records a discovered proposal (idempotently) and, when this version is new and checkable, puts it on
 * the CHECKS queue. A failed send leaves the row in `seen`; the cron queues such rows again, so a
 * proposal found once is never lost.
 */
export async function enqueueProposal(env: Pick<Env, 'DB' | 'CHECKS'>, parameters: RecordProposalParameters): Promise<RecordProposalReturnType> {
  const recorded = await recordProposal(env.DB, parameters)
  if (recorded.outcome === 'new') await env.CHECKS.send({ key: recorded.key, version: recorded.version }, { contentType: 'json' })
  return recorded
}
