import type { Env } from '../env.ts'
import type { Lease } from '../store/leases/Lease.ts'
import { listPublications } from '../store/publications/listPublications.ts'
import type { Publication } from '../store/publications/Publication.ts'
import { attemptPublication } from './attemptPublication.ts'

export type DrivePublicationsReturnType = {
  publications: Publication[]
  /** Whether any attempt was made (and so a next attempt may need scheduling). */
  attempted: boolean
  /** The earliest next attempt of a publication still to do (ms), or null when all are done. */
  nextAttemptAt: number | null
}

const toDo = (publication: Publication) => publication.state === 'pending' || publication.state === 'failed-retrying'

/** Under the proposal's lease: makes every due attempt for it, one publisher after the other. */
export async function drivePublications(env: Env, lease: Lease, { now = Date.now() }: { now?: number } = {}): Promise<DrivePublicationsReturnType> {
  const publications: Publication[] = []
  let attempted = false
  for (const publication of await listPublications(env.DB, lease.key)) {
    const due = toDo(publication) && (publication.nextAttemptAt ?? 0) <= now
    publications.push(due ? await attemptPublication(env, { lease, publication, now }) : publication)
    attempted ||= due
  }
  const next = publications.filter(toDo).map((publication) => publication.nextAttemptAt ?? now)
  return { publications, attempted, nextAttemptAt: next.length ? Math.min(...next) : null }
}
