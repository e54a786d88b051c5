// A table written as bare rows and cells (`<table><tr><td>…</td>…</tr>…</table>`, what MinerU writes for most
// tables), read without an HTML parser: its text and cell grid as `tableTextAndGrid` (grid.ts) gets them from
// parse5, hast and hast-util-to-text, which is the definition (test/table/simple.test.ts compares the two on every
// committed table and on random ones). Evidence for the shortcut: on the bench's 10,000-page input the 13,110
// tables' parse and text took 0.6–0.8 s of the reading (session 20). Anything else — an attribute, an entity, a
// tag other than table, tr, td and th, text between the tags, an empty row, upper case, a carriage return, white
// space other than the space inside a cell, a format or zero-width character — is left to the parser.

/** Characters inside a cell that hast-util-to-text does not copy as they stand (white space, bidi and zero-width marks). */
const NOT_LITERAL = /[\t\n\f\r\0\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Each row's cell texts as written, or undefined when `html` is not a bare table of rows and cells. */
export function bareTableCells(html: string): string[][] | undefined {
  if (!html.startsWith('<table><tr>') || !html.endsWith('</tr></table>')) return undefined;
  const rows: string[][] = [];
  let at = '<table>'.length;
  const end = html.length - '</table>'.length;
  while (at < end) {
    if (!html.startsWith('<tr>', at)) return undefined;
    at += 4;
    const cells: string[] = [];
    while (!html.startsWith('</tr>', at)) {
      const tag = html.startsWith('<td>', at) ? 'td' : html.startsWith('<th>', at) ? 'th' : undefined;
      if (!tag) return undefined;
      const from = at + 4;
      const close = html.indexOf('<', from);
      if (close < 0 || !html.startsWith(tag === 'td' ? '</td>' : '</th>', close)) return undefined;
      const text = html.slice(from, close);
      if (text.includes('&') || NOT_LITERAL.test(text)) return undefined;
      cells.push(text);
      at = close + 5;
    }
    if (cells.length === 0) return undefined;
    rows.push(cells);
    at += 5;
  }
  return at === end ? rows : undefined;
}

/**
 * The table's text as `toText(parse).trim()` gives it for bare cells: runs of spaces as one, cells apart by tabs,
 * rows by line breaks; each cell's text for the grid as `rowTexts` gives it (white space runs as one, trimmed).
 */
export function bareTableText(rows: readonly string[][]): { text: string; cells: string[][] } {
  const text = rows.map((cells) => cells.map((c) => c.replace(/ +/g, ' ')).join('\t')).join('\n');
  return { text: text.trim(), cells: rows.map((cells) => cells.map((c) => c.replace(/\s+/g, ' ').trim())) };
}
