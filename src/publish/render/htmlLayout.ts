import { escapeHtml } from './escapeHtml.ts'

export type HtmlLayoutParameters = { title: string; body: string }

// Charts grow to 560 px on a desktop and shrink with the screen on a phone (src/publish/render/svg/
// chartFrame.ts sizes their text for 390 px). Tables marked `reflow` become one labelled card per row below 560 px.
const css = `
:root{color-scheme:light;--fg:#24292f;--muted:#57606a;--line:#d0d7de;--bg:#fff;--panel:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:860px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;line-height:1.3;margin:.4rem 0}
h2{font-size:1.1rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
a{color:#0969da}
.level{display:inline-block;color:#fff;font-weight:700;border-radius:6px;padding:.1rem .6rem;letter-spacing:.04em}
.headline{font-size:1.05rem}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.num{white-space:nowrap}
.worse{color:#cf222e;font-weight:600}
figure{margin:1rem 0 1.6rem}
figcaption{color:var(--muted);font-size:.9rem;max-width:560px}
svg.chart{width:100%;max-width:560px;height:auto;display:block}
ul.findings{padding-left:1.1rem}
ul.findings li{margin:.5rem 0}
.severity{font-size:.8rem;font-weight:700;text-transform:uppercase;border-radius:4px;padding:0 .35rem;border:1px solid currentColor}
.sev-critical{color:#cf222e}.sev-review{color:#57606a}.sev-warning{color:#9a6700}.sev-info{color:#0969da}
code,pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace}
pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.6rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0}
dt{color:var(--muted)}dd{margin:0;word-break:break-all}
.muted{color:var(--muted)}
.levels{font-size:.85rem}
@media (max-width:560px){
body{font-size:15px}main{padding:10px}dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}
table.reflow thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
table.reflow tr{display:block;border-bottom:1px solid var(--line);padding:.3rem 0}
table.reflow td{display:flex;justify-content:space-between;gap:1rem;border:0;padding:.15rem .25rem;text-align:right;white-space:normal;word-break:break-word}
table.reflow td::before{content:attr(data-label);color:var(--muted);text-align:left;flex:none}
}
`

/** A complete HTML document with Firebreak's inline stylesheet: no external assets, readable on a phone. */
export function htmlLayout({ title, body }: HtmlLayoutParameters): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body><main>${body}</main></body>
</html>`
}
