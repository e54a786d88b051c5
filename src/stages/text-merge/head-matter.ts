// A paper's head matter in the next column, read after the first column's foot (./flow.ts, as `out-of-place`): the
// second author's name and affiliation ("Jonas Weber" | "Department of Computer Science, Example University
// Springfield, USA", acmart; "赵敏示例大学计算机科学系", ctexart) stand at the head of the right column of the first page,
// and the paragraph left open at the left column's foot goes on under them ("… to simplify the use of" | … | "the
// software. It is sometimes …"). Evidence, with boxes: the block is short matter (./short-matter.ts: a title-case
// line without punctuation at its end, or a CJK affiliation line), it stands on the open fragment's page wholly above
// the open fragment's top and in another column, the next fragment is on that page under it in its column, and the
// Latin prose left open goes on there in lower case (CJK text on both sides is left to ./flow.ts: a short CJK line
// inside the next column above its first block is that column's start, test/stages/text-merge-flow.test.ts). A word no
// sentence ends with at the open fragment's end does not stop it (without boxes it does, ./short-matter.ts: there a
// name may be the sentence's own; a name in a sentence is not set as a block of its own above the next column's text).
// CJK text on both sides counts where the block stands level with another short line across the gutter (ctexart's third
// author "王晓明示例大学计算机科学系" in the right column beside "李静赵敏" in the left, above a note box and the
// paragraph's rest): one row of the head matter, no column's start (`matterInRows`).
// Precedence: asked by ./flow.ts with the short-matter rule, only where the paragraph is left open.
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import { startsLowercase } from '../../text/chars.js';
import { isShortMatter } from './short-matter.js';
import { looksLikeProse } from './text-kind.js';

/** Boxes this close (page fractions) count as touching. */
const SLACK = 0.01;

/** The text goes on past the matter: Latin prose left open, then Latin prose in lower case. */
function goesOn(openText: string, nextText: string): boolean {
  return /\p{Ll}$/u.test(openText) && looksLikeProse(openText) && startsLowercase(nextText) && looksLikeProse(nextText);
}

/** CJK text left open on a CJK character goes on in CJK sentences. */
function cjkGoesOn(openText: string, nextText: string): boolean {
  return CJK_LETTER.test(openText.slice(-1)) && CJK_LETTER.test(nextText.charAt(0)) && /[。！？]/u.test(nextText);
}

const CJK_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** A short one-line block without punctuation at its end: a name, an affiliation, a date of the head matter. */
function rowLine(e: Element): boolean {
  const t = e.text.trim();
  return (
    (e.type === 'text' || e.type === 'title') &&
    t.length > 0 &&
    t.length <= 40 &&
    !t.includes('\n') &&
    !/[.。!?！？:：;；,，]$/u.test(t)
  );
}

/** Neighbours in top order a block is compared with: a head-matter row holds a few lines, and a page of many short
 * lines (a table of contents read line by line) is not compared pair by pair. */
const ROW_REACH = 8;

/**
 * The short-matter blocks that stand level with another short line side by side (tops this close, no horizontal
 * overlap): a row of the head matter across the gutter. Boxes only; each page's short lines sorted by top once.
 */
export function matterInRows(body: readonly Element[]): ReadonlySet<number> {
  const out = new Set<number>();
  const byPage = new Map<number, Element[]>();
  for (const e of body) {
    if (!e.bbox || !rowLine(e)) continue;
    const lines = byPage.get(e.page);
    if (lines) lines.push(e);
    else byPage.set(e.page, [e]);
  }
  for (const lines of byPage.values()) {
    if (lines.length < 2) continue;
    lines.sort((x, y) => x.bbox![1] - y.bbox![1]);
    for (let i = 0; i < lines.length; i++)
      if (isShortMatter(lines[i]) && levelWithNeighbour(lines, i)) out.add(lines[i].id);
  }
  return out;
}

/** Another of the lines sorted by top, among the nearest, stands level with line `i` beside it. */
function levelWithNeighbour(lines: readonly Element[], i: number): boolean {
  const e = lines[i];
  const level = (o: Element | undefined) =>
    o !== undefined && Math.abs(o.bbox![1] - e.bbox![1]) <= SLACK && !overlapsHorizontally(o, e, 0);
  for (let k = 1; k <= ROW_REACH; k++) if (level(lines[i - k]) || level(lines[i + k])) return true;
  return false;
}

/**
 * `el` is head matter of the next column, above both the open fragment and the paragraph's rest under it; `inRow`:
 * it stands in a row of head matter (`matterInRows`), where CJK text going on counts too.
 */
export function headMatterAbove(el: Element, open: Element, next: Element | undefined, inRow = false): boolean {
  if (!next || !el.bbox || !open.bbox || !next.bbox || el.page !== open.page || next.page !== open.page) return false;
  if ((open.type !== 'text' && open.type !== 'list_item') || next.type !== 'text' || !isShortMatter(el)) return false;
  const [box, openBox, nextBox] = [el.bbox, open.bbox, next.bbox];
  const aboveOpen = box[3] <= openBox[1] - SLACK && !overlapsHorizontally(el, open, 0.5);
  const overNext = box[3] <= nextBox[1] + SLACK && overlapsHorizontally(el, next, 0.5);
  const [openText, nextText] = [open.text.trimEnd(), next.text.trim()];
  return aboveOpen && overNext && (goesOn(openText, nextText) || (inRow && cjkGoesOn(openText, nextText)));
}
