// A heading the parser typed as such, standing on the document's running-line height (a declaration page whose
// title sits where the other pages carry their running head: the thesis's "北京大学学位论文原创性声明和使用授权说明"
// at 7.5 % of the page height, MinerU text_level 1). Evidence: the parser labels this document's running lines as
// header/footer/page number (at least LABELLED_SHARE of the other elements on that line, and at least MIN_LABELLED
// of them), yet typed this one a heading — it saw the difference; its place alone does not make it furniture. Not a
// line whose words another heading or running line of the document carries too: a running head naming its section
// repeats that section's title (a parser types such heads title as often as header), so it stays the running
// line's. A contents line with the words and a page number (typed text) is no such repeat.
// Precedence: only weighs against the running-line habit (rule 4 of ../furniture.ts); repetition, page numbers and
// the parser's own header label decide before it.
import type { Element } from '../../model/element.js';
import { normalizeForRepeat } from '../../text/chars.js';
import { onRunningLine, type RunningLine } from './habits.js';

const LABELLED_SHARE = 0.8;
const MIN_LABELLED = 3;
const LABELS = new Set(['header', 'footer', 'page_number']);
/** Elements whose words, repeated, make a running head: headings and running lines. */
const REPEAT_TYPES = new Set(['title', 'page_title', 'header', 'footer']);

/** The headings (typed title) on the running line where the parser labels the other elements on it furniture. */
export function headingsOnLabelledLine(elements: readonly Element[], line: RunningLine | undefined): Set<Element> {
  const on = elements.filter((el) => el.text.trim() && onRunningLine(el, line));
  const titles = on.filter((el) => el.type === 'title');
  const others = on.filter((el) => el.type !== 'title');
  const labelled = others.filter((el) => LABELS.has(el.type)).length;
  const trusted = labelled >= MIN_LABELLED && labelled >= LABELLED_SHARE * others.length;
  if (!trusted || titles.length === 0) return new Set();
  const counts = new Map<string, number>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (!REPEAT_TYPES.has(el.type)) continue;
    const key = normalizeForRepeat(el.text);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set(titles.filter((el) => counts.get(normalizeForRepeat(el.text)) === 1));
}
