export type MarkdownTable = {
  /** The nearest heading above the table, without its leading #s ("" when none). */
  heading: string
  header: string[]
  rows: string[][]
}

export type ParseMarkdownTablesReturnType = MarkdownTable[]

const separator = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/

function cells(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  return trimmed.split('|').map((cell) => cell.trim())
}

/**
 * Finds GitHub-flavoured markdown tables (a header row, a `| --- |` separator, then rows) and the
 * heading each sits under. Rows shorter than the header are padded with "".
 *
 * @example
 * parseMarkdownTables('#### WETH\n| a | b |\n| --- | --- |\n| 1 | 2 |')
 * // [{ heading: 'WETH', header: ['a', 'b'], rows: [['1', '2']] }]
 */
export function parseMarkdownTables(markdown: string): ParseMarkdownTablesReturnType {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const tables: MarkdownTable[] = []
  let heading = ''
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const headingMatch = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (headingMatch) {
      heading = headingMatch[1]
      continue
    }
    if (!line.includes('|') || index + 1 >= lines.length || !separator.test(lines[index + 1])) continue
    const header = cells(line)
    const rows: string[][] = []
    index += 2
    while (index < lines.length && lines[index].includes('|') && lines[index].trim() !== '') {
      const row = cells(lines[index])
      rows.push(header.map((_, column) => row[column] ?? ''))
      index++
    }
    index--
    tables.push({ heading, header, rows })
  }
  return tables
}
