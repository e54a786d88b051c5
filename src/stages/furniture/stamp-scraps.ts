// The arXiv margin stamp read as scraps: a parser without coordinates (Unstructured's hi_res output of the dev gold
// set's LayoutParser paper) reads the stamp set sideways in the first page's margin ("arXiv:2103.15348v2 [cs.CV] 21
// Jun 2021") as a run of one-word blocks before the title — "2021", "2", "0", "v", "arX1V", "i", "X", "r", "a" —
// and the spaced characters of the rest ("2 n u J 1 2 ] V C . s c [ …"). The stamp is furniture (the gold sets'
// convention), all of it. Evidence, all required: on the document's first page, before its first heading-typed
// block; a run of scraps (one word of at most six characters, or a line of spaced single characters); the stamp's
// name among them, whole ("arXiv", read with "1" or "l" for "i") or spelt by the run's letters in either order.
// Precedence: after the page numbers and repetitions (a scrap they took keeps their reason), before the parser's
// labels.
import type { Element } from '../../model/element.js';
import { minOf } from '../../util/arrays.js';

/** One word of a few characters: a letter, a number, "arX1V". */
const SCRAP = /^\S{1,6}$/u;
/** A line of single characters with spaces between (the stamp's characters read across): eight or more. */
const SPACED = /^(?:\S{1,2}\s+){7,}\S{1,2}$/u;
/** The stamp's name, with the OCR's usual confusions of "i". */
const STAMP = /ar[xX][i1lI|][vV]/;

const isScrap = (el: Element) => {
  const t = el.text.trim();
  return t !== '' && (SCRAP.test(t) || SPACED.test(t));
};

/** Letters of the run, in reading order. */
const lettersOf = (run: readonly Element[]) =>
  run
    .map((e) => e.text.replace(/\s+/g, ''))
    .join('')
    .replace(/[^A-Za-z1|]/g, '');

/** The scraps of the arXiv stamp on the first page, before its first heading-typed block. */
export function stampScraps(byPage: ReadonlyMap<number, readonly Element[]>): Element[] {
  const page = byPage.get(minOf(byPage.keys())) ?? [];
  const end = page.findIndex((e) => e.type === 'title');
  const before = end < 0 ? [] : page.slice(0, end);
  let run: Element[] = [];
  const found: Element[] = [];
  const close = () => {
    const letters = lettersOf(run);
    const reversed = [...letters].reverse().join('');
    if (run.length >= 3 && (STAMP.test(letters) || STAMP.test(reversed))) found.push(...run);
    run = [];
  };
  for (const el of before) {
    if (isScrap(el)) run.push(el);
    else close();
  }
  close();
  return found;
}
