// The source PDF against a note label's text read on the document's first title (`--pdf`, and the PDF read alone;
// hints.pdf from src/pdf/align.ts): the first title, set in the largest type of its page and well over the body
// text's size, is the document's title even when its words open like a note's label ("使用 cron 和 atd 运行计划任务":
// a two-character CJK word and a space, the shape of "注意 …" / "提示 …", demotions.ts `admonition`).
// A note's label is set at or near the body's size in its box; it never holds its page's largest type (a cover's
// title may be smaller than the chapter headings after it: ctexbook's 17.22 pt title, 20.74 pt chapters).
// Evidence and precedence: the text rule demotes first (candidates.ts); this keeps only the first title, and only
// on the PDF's real sizes (≥ 1.3 × the body's, and nothing on its page set larger); without the PDF nothing changes.
// Found on the bookmarked LaTeX set (ctexart and ctexbook × every format: the title lost, TEDS 0.833 with and
// without --pdf; session 21's fresh set, handbook zh task-scheduling).
import type { Element } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import type { FurnitureResult } from '../types.js';
import { pdfBodySize } from './pdf-size.js';

/** Over the body's size by this factor at least (a section heading of 12 pt over a 10 pt body is not). */
const TITLE_OVER_BODY = 1.3;

/**
 * Whether `el` is set in the PDF in the largest type of its page (within 2 %, the rounding of the text matrix) and at
 * least 1.3 × the body text's size.
 */
export function inLargestPdfType(el: Element, elements: readonly Element[], furniture: FurnitureResult): boolean {
  const size = trustedPdf(el)?.fontSize;
  const body = size ? pdfBodySize(elements, furniture) : undefined;
  if (!size || body === undefined || size < body * TITLE_OVER_BODY) return false;
  return elements.every((e) => {
    if (e === el || e.page !== el.page || furniture.kinds.has(e.id)) return true;
    const other = trustedPdf(e)?.fontSize;
    return !other || other <= size * 1.02;
  });
}
