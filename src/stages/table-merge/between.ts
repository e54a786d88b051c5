// What may stand between two fragments of one table continued on the next page, besides captions and furniture
// (src/stages/table-merge.ts passes these over when it looks for candidate pairs):
//  - a close footnote: a page footnote the parser typed text, under the first fragment at the foot of its page —
//    its mark a number or a sign, then a space, a closing parenthesis ("2） …") or, in Chinese and Japanese, the
//    note's first character glued on ("1在您决定 …");
//  - a running line the furniture stage left in the body: a short line, no sentence, opening the next page, when the
//    first fragment already says it goes on ("续下页", "次ページへ続く", "(continued)") — the break is the table's,
//    so what opens the page before the rest of the table is the page's head, not text between two tables;
//  - a row label set beside the next fragment: a short line, no sentence, wholly left of the table and level with
//    it (MinerU on a datasheet's step-charge table: the band "0 ℃≤T<5 ℃" of a row group, a cell spanning the group's
//    rows, read out of the table as text and set before it) — a cell of the table, not text between two tables;
//  - the table's title repeated over its continuation: a line opening the next page that says what one of the lines
//    right before the first fragment says (a financial statement's "(dollars in millions)" under its name on every
//    page; the name itself the furniture stage may take for a running head) — the table's, not text between two.
// The pair is still weighed as any other (captions, columns, position): this only keeps the candidate.
import type { Element } from '../../model/element.js';
import { CONTINUED_RE, isContinuationNote } from '../../text/caption-label.js';
import { endsSentence } from '../../text/chars.js';

const NOTE_MARK =
  /^\s*(?:\d{1,2}|[*†‡§])(?:\s+|[)）]\s*|(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]))\S/u;

/** A page footnote the parser typed text, under the table at the foot of its page. */
export function isFootnoteText(el: Element, table: Element): boolean {
  if (el.type !== 'text' || el.page !== table.page) return false;
  const noteLike = NOTE_MARK.test(el.text) && el.text.length < 300;
  // Without boxes (Mistral, Unstructured), reading order puts it after the table on the table's page.
  if (!el.bbox || !table.bbox) return noteLike && !el.bbox;
  return el.bbox[1] >= table.bbox[3] && el.bbox[1] >= 0.75 && noteLike;
}

/** A line that only says the table goes on ("Table 1 – continued from previous page"), whatever its type. */
export function isContinuationLine(el: Element): boolean {
  if (el.type !== 'text' && el.type !== 'title') return false;
  return isContinuationNote(el.text) || (CONTINUED_RE.test(el.text) && el.text.length < 60);
}

/** Most lines opening the next page taken for its running lines. */
const MAX_EDGE_LINES = 2;
/** Longest running line. */
const MAX_EDGE_LENGTH = 40;

/**
 * A short line opening the page after the table's, where the lines between already say the table goes on: a
 * running head the furniture stage kept (it repeats nowhere the stage could see), passed over.
 */
export function isEdgeLineAfterContinued(el: Element, table: Element, between: readonly Element[]): boolean {
  const text = el.text.trim();
  if ((el.type !== 'text' && el.type !== 'title') || el.page !== table.page + 1) return false;
  if (!text || text.length > MAX_EDGE_LENGTH || text.includes('\n') || endsSentence(text)) return false;
  const continued = between.some((e) => e.page === table.page && CONTINUED_RE.test(e.text));
  const edge = between.filter((e) => e.page === el.page && !isContinuationLine(e) && e.type !== 'table_caption');
  return continued && edge.length < MAX_EDGE_LINES;
}

/** A row label read out of its table is one short line: at most this high and this wide (page fractions). */
const ROW_LABEL_HEIGHT = 0.03;
const ROW_LABEL_WIDTH = 0.25;

/**
 * A short line (by its box: its text may be the parser's math markup, "$0 \\ ^ { \\circ } …$") standing wholly left
 * of `table` (the next element) on its page, its middle level with the table's rows: a row group's label cell the
 * parser read out of the table.
 */
export function isRowLabelBeside(el: Element, table: Element | undefined): boolean {
  if ((el.type !== 'text' && el.type !== 'title') || table?.type !== 'table' || table.page !== el.page) return false;
  const text = el.text.trim();
  if (!text || text.includes('\n') || endsSentence(text) || !el.bbox || !table.bbox) return false;
  const [x1, y1, x2, y2] = el.bbox;
  if (y2 - y1 > ROW_LABEL_HEIGHT || x2 - x1 > ROW_LABEL_WIDTH) return false;
  const middle = (y1 + y2) / 2;
  return x2 <= table.bbox[0] + 0.005 && middle > table.bbox[1] && middle < table.bbox[3];
}

/** Longest title line looked for over a continuation. */
const MAX_TITLE = 120;
/** How many lines right before the first fragment count as its title. */
const TITLE_LINES = 3;

const normalised = (text: string) => text.replace(CONTINUED_RE, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A line on the page after `table`'s that repeats one of the lines set right before the run's first fragment
 * (`body[first]`, on its page): the table's title over its continuation ("(continued)" aside).
 */
export function isRepeatedTitle(el: Element, table: Element, body: readonly Element[], first: number): boolean {
  if ((el.type !== 'text' && el.type !== 'title') || el.page !== table.page + 1) return false;
  const text = normalised(el.text);
  if (!text || el.text.length > MAX_TITLE) return false;
  for (let k = first - 1; k >= 0 && k >= first - TITLE_LINES && body[k].page === body[first].page; k--) {
    const o = body[k];
    if ((o.type === 'text' || o.type === 'title' || o.type === 'table_caption') && normalised(o.text) === text)
      return true;
  }
  return false;
}
