import { Hono } from 'hono'
import type { Env } from '../env.ts'
import { renderVerdictPage } from '../publish/render/html.ts'
import { renderVerdictList } from '../publish/render/htmlList.ts'
import { renderMessagePage } from '../publish/render/htmlMessagePage.ts'
import { listVerdicts } from '../store/listVerdicts.ts'
import { cachedByVerdictId } from './cachedByVerdictId.ts'
import { seedFixtures } from './seedFixtures.ts'

/** Server-rendered HTML: the list of recent verdicts and one page per verdict (cached by id), charts inline. */
export const pages = new Hono<{ Bindings: Env }>()

pages.get('/', async (c) => {
  if (c.env.SEED_FIXTURES === 'true') await seedFixtures(c.env)
  return c.html(renderVerdictList({ verdicts: await listVerdicts(c.env.DB) }))
})

pages.get('/verdicts/:id', (c) =>
  cachedByVerdictId(c, {
    kind: 'html',
    render: (verdict) => c.html(renderVerdictPage({ verdict, publicUrl: c.env.PUBLIC_URL })),
    notFound: (id) => c.html(renderMessagePage({ title: 'Verdict not found', message: `There is no verdict ${id}.` }), 404),
  }),
)
