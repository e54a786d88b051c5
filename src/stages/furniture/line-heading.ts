// A heading the parser typed as such, standing on the document's running-line height (a declaration page whose
// title sits where the other pages carry their running head: the thesis's "北京大学学位论文原创性声明和使用授权说明"
// at 7.5 % of the page height, MinerU text_level 1). Evidence: the parser labels this document's running lines as
// header/footer/page number (at least LABELLED_SHARE of the other elements on that line, and at least MIN_LABELLED
// of them), yet typed this one a heading — it saw the difference; its place alone does not make it furniture.
// Precedence: only weighs against the running-line habit (rule 4 of ../furniture.ts); repetition, page numbers and
// the parser's own header label decide before it.
import type { Element } from '../../model/element.js';
import { onRunningLine, type RunningLine } from './habits.js';

const LABELLED_SHARE = 0.8;
const MIN_LABELLED = 3;
const LABELS = new Set(['header', 'footer', 'page_number']);

/** The headings (typed title) on the running line where the parser labels the other elements on it furniture. */
export function headingsOnLabelledLine(elements: readonly Element[], line: RunningLine | undefined): Set<Element> {
  const on = elements.filter((el) => el.text.trim() && onRunningLine(el, line));
  const titles = on.filter((el) => el.type === 'title');
  const others = on.filter((el) => el.type !== 'title');
  const labelled = others.filter((el) => LABELS.has(el.type)).length;
  const trusted = labelled >= MIN_LABELLED && labelled >= LABELLED_SHARE * others.length;
  return new Set(trusted ? titles : []);
}
