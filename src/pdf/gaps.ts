// A line of the text layer cut where its runs stand far apart (the PDF as the input): see splitAtGaps. Not a
// justified line (its words at one stretched gap) and not after an algorithm's step number.
import { isMonospacedFont } from '../text/fonts.js';
import type { PdfLine } from './read.js';

/**
 * A line whose runs stand apart by a gap over three ems, as one line per part: a running head and its page
 * number ("2 … Priya Ramanathan, Ada Marsh"), two sub-figure captions side by side. pdfjs often bridges such a
 * gap with a blank run, so the line reading (which splits at wide gaps between visible runs only when nothing
 * lies between them) keeps them on one line. Needs the runs (`spans`, read with the image boxes).
 */
export function splitAtGaps(line: PdfLine, pageWidth: number, entryEdge?: number): PdfLine[] {
  const spans = line.spans;
  if (!spans || spans.length < 2 || isMonospacedFont(line.fontName)) return [line];
  const em = line.fontSize / pageWidth;
  const parts: [number, number, string][][] = [[spans[0]]];
  for (const span of spans.slice(1)) {
    const cur = parts[parts.length - 1];
    if (span[0] - cur[cur.length - 1][1] > 3 * em) parts.push([span]);
    else cur.push(span);
  }
  // a justified line, its words stretched apart by one and the same glue (a narrow column's line before a long
  // path: "• those   canceling   this   classification"), stays one line
  if (justified(parts, em)) return [line];
  // an algorithm's step number stays with its step, however deep the step's indent ("5:      return x")
  if (parts.length > 1 && /^\d{1,3}:$/u.test(partText(parts[0]))) parts.splice(0, 2, [...parts[0], ...parts[1]]);
  if (parts.length === 1) return [line];
  // a display equation's number, "(2)" far right of it, stays on its line
  const last = parts[parts.length - 1];
  if (
    parts.length > 1 &&
    /^\(\d+(?:\.\d+)*[a-z]?\)$/u.test(
      last
        .map((x) => x[2])
        .join('')
        .trim(),
    )
  )
    parts[parts.length - 2].push(...(parts.pop() ?? []));
  // a contents entry's page number, at the right edge the page's dotted entries end at, stays with its title
  // ("1 Overview    1" set bold without leaders above "2.1 People around Debian . . . 3"): the contents stage
  // reads the entry by it
  if (
    parts.length > 1 &&
    entryEdge !== undefined &&
    PAGE_NUMBER.test(partText(last)) &&
    Math.abs(last[last.length - 1][1] - entryEdge) <= EDGE
  )
    parts[parts.length - 2].push(...(parts.pop() ?? []));
  if (parts.length === 1) return [line];
  return parts.map((part, k) => {
    let text = '';
    let end: number | undefined;
    for (const [x0, x1, str] of part) {
      if (end !== undefined && x0 - end > 0.2 * em && !/\s$/.test(text) && !/^\s/.test(str)) text += ' ';
      text += str;
      end = x1;
    }
    const { boldLead, ...rest } = line;
    const x0 = Math.min(...part.map((s) => s[0]));
    const x1 = Math.max(...part.map((s) => s[1]));
    return {
      ...rest,
      ...(k === 0 && boldLead ? { boldLead } : {}),
      text: text.replace(/\s+/g, ' ').trim(),
      bbox: [x0, line.bbox[1], x1, line.bbox[3]],
      spans: part,
    };
  });
}

/**
 * The parts of a line stand apart as a justified line's words do: two gaps or more, all equal (within a tenth of an
 * em: the line's one stretched interword glue), and every inner part a single word. A running head, its page number
 * and a title between, or sub-captions side by side, stand at gaps their own widths set.
 */
function justified(parts: readonly [number, number, string][][], em: number): boolean {
  if (parts.length < 3) return false;
  const gaps = parts.slice(1).map((p, k) => p[0][0] - parts[k][parts[k].length - 1][1]);
  if (Math.max(...gaps) - Math.min(...gaps) > 0.1 * em) return false;
  return parts.slice(1, -1).every((p) => !/\s/u.test(partText(p)));
}

const PAGE_NUMBER = /^(?:\d{1,4}|[ivxlc]{1,7})$/iu;
const DOT_LEADERS = /(?:\.\s?){3,}\s*(?:\d{1,4}|[ivxlc]{1,7})$/iu;
/** How far apart two right edges may be and still be one (page widths). */
const EDGE = 0.005;
const partText = (part: [number, number, string][]) =>
  part
    .map((x) => x[2])
    .join('')
    .trim();

/**
 * The right edge a contents page's entries end at: where at least three of its lines that end in dot leaders and
 * a page number end, within half a percent of the page's width; undefined on other pages.
 */
export function contentsEdge(lines: readonly PdfLine[]): number | undefined {
  const edges = lines.filter((l) => DOT_LEADERS.test(l.text.trim())).map((l) => l.bbox[2]);
  for (const e of edges) if (edges.filter((x) => Math.abs(x - e) <= EDGE).length >= 3) return e;
  return undefined;
}
