// A page header the parser folded: one header string holding the running head and the line under it, a
// paragraph apart ("Guide for Debian Maintainers\n\nChapter V 2.5. Debian documentation"), as Mistral OCR's
// page `header` field does when the layout model takes a section title opening the page for part of the head.

/** The running head and the folded line after it, when the text is two or more paragraphs ending in one short line. */
export function splitFoldedHeader(text: string): { head: string; rest: string } | undefined {
  const t = text.trim();
  const i = t.lastIndexOf('\n\n');
  if (i < 0) return undefined;
  const head = t.slice(0, i).trim();
  const rest = t.slice(i + 2).trim();
  if (!head || !rest || rest.includes('\n') || rest.length > MAX_REST) return undefined;
  return { head, rest };
}

/** Longest folded line taken for a title. */
const MAX_REST = 100;
