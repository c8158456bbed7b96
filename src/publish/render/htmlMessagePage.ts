import { escapeHtml } from './escapeHtml.ts'
import { htmlLayout } from './htmlLayout.ts'

export type RenderMessagePageParameters = { title: string; message: string }

/** A plain page for 404s and errors on the HTML surface. */
export function renderMessagePage({ title, message }: RenderMessagePageParameters): string {
  return htmlLayout({ title, body: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">← all verdicts</a></p>` })
}
