import type { Check } from '../check.ts'
import { formatChange } from '../format.ts'

/** Changes that name an asset the simulated market does not have, or a parameter the engine does not model. */
export const unappliedChanges: Check = {
  name: 'unapplied-changes',
  run: ({ unapplied, standIn, stateBefore }) => [
    ...unapplied.map(({ change, reason }) => ({
      check: 'unapplied-changes',
      severity: 'review' as const,
      title: `${formatChange(change)} was not simulated`,
      why: `${reason}.`,
    })),
    ...(standIn
      ? [
          {
            check: 'unapplied-changes',
            severity: 'warning' as const,
            title: `Simulated on ${stateBefore.name} as a stand-in`,
            why: `The proposal changes another market; its assets were matched by symbol on ${stateBefore.name}${stateBefore.provenance.generated ? ' (generated positions)' : ''}. Re-run with that market's snapshot for its own numbers.`,
          },
        ]
      : []),
  ],
}
