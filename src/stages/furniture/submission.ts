// The first page's foot of a journal preprint: "Preprint submitted to Elsevier" and the date beside it, set once at
// the foot of the first page (elsarticle), where no repetition finds it and, without coordinates, the line stands
// one place in from the page's edge. A line in the words of such a notice at the foot of its page (the last two
// elements without coordinates, the bottom band with them), and a date paired with it there, is a running foot.
import type { Element } from '../../model/element.js';

/** "Preprint submitted to Elsevier", "Manuscript submitted to …": a journal's submission notice. */
const SUBMISSION_RE = /^(?:pre-?print|manuscript|paper|article)\s+submitted\s+to\s+\S.{0,60}$/iu;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "December 2, 2026", "2 December 2026", "2026-12-02": a date on its own. */
const DATE_RE = new RegExp(
  `^(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'iu',
);

export const isSubmissionNotice = (text: string): boolean => SUBMISSION_RE.test(text.trim());

/**
 * The submission notices at the foot of their pages, with the date paired with each. `inBottomBand`: a boxed
 * element's band.
 */
export function submissionFeet(
  byPage: ReadonlyMap<number, readonly Element[]>,
  inBottomBand: (el: Element) => boolean,
): Element[] {
  const out: Element[] = [];
  for (const [, els] of byPage) {
    const foot = els.filter((e, i) => (e.bbox ? inBottomBand(e) : i >= els.length - 2));
    const notice = foot.find((e) => (e.type === 'text' || e.type === 'footer') && isSubmissionNotice(e.text));
    if (!notice) continue;
    out.push(notice);
    const date = foot.find(
      (e) => e !== notice && (e.type === 'text' || e.type === 'footer') && DATE_RE.test(e.text.trim()),
    );
    if (date) out.push(date);
  }
  return out;
}
