// Appendices lettered as the sections are numbered: after "1 Introduction" … "5 Results", LaTeX's
// `\appendix` sets "A Derivations", "B Tables" ("B.1 …" below them). A lone capital and a space is no
// numbering parseNumbering() accepts (it would take "A new approach" for one), so the document's own
// habit decides: the letters run A, B, C … in reading order (a sub-section "A.1" stands for its letter),
// every one after the last section with a plain number, in a document whose first numbered heading is such a plain number (`letter-appendix`). They
// then take the plain numbers' key: siblings of the top sections, whatever the parser's levels say.
import type { Element } from '../../model/element.js';
import type { Numbering } from '../../text/numbering.js';
import type { Candidate } from './types.js';

/** "A Title", "B 标题": one capital, a space, the name. */
const LETTER = /^([A-Z])\s+(\S)/;

/** A plain section number: "1", "12" (no dot, no deeper part). */
const PLAIN = /^\d{1,3}$/;

/** Give the lettered appendices of a document numbered "1 …", "2 …" the numbering of its top sections. */
export function numberLetterAppendices(kept: Candidate[]): void {
  const first = kept.find((c) => c.numbering);
  if (!first || first.numbering!.ladder !== 'decimal' || !PLAIN.test(first.numbering!.label)) return;
  const lastPlain = kept.findLastIndex((c) => c.numbering?.ladder === 'decimal' && PLAIN.test(c.numbering.label));
  let expected = 'A';
  for (let i = lastPlain + 1; i < kept.length; i++) {
    const c = kept[i];
    // "A.1 …" says appendix A stood before it, seen or not (a parser may have typed it as text).
    const sub = c.numbering ? /^([A-Z])\./.exec(c.numbering.label) : null;
    if (sub && sub[1] >= expected) expected = String.fromCharCode(sub[1].charCodeAt(0) + 1);
    if (c.numbering || c.keyword) continue;
    const m = LETTER.exec(c.el.text.trim());
    if (!m || m[1] !== expected) continue;
    c.numbering = { ladder: 'decimal', rank: 1, label: m[1], values: [m[1].charCodeAt(0)] };
    c.evidence = [...(c.evidence ?? []), 'headings.letter-appendix'];
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
}

/** Longest lettered appendix title typed as text. */
const LETTER_TEXT_LENGTH = 60;

/**
 * Paragraphs the parser typed as text that are lettered appendices by the same habit ("A Advanced packaging" after
 * "5 Results" in a document whose first numbered title is "1 …"): one short line, no sentence, its letter the
 * next in the run A, B, … the titles after the last plain-numbered one keep (promote.ts takes them).
 */
export function letterAppendixTexts(
  elements: readonly Element[],
  numbers: ReadonlyMap<number, Numbering>,
  typed: ReadonlySet<number>,
  isBody: (el: Element) => boolean,
): Set<number> {
  const out = new Set<number>();
  const numbered = elements.filter((e) => numbers.has(e.id));
  const first = numbered[0] ? numbers.get(numbered[0].id)! : undefined;
  if (first?.ladder !== 'decimal' || !PLAIN.test(first.label)) return out;
  const plain = numbered.filter((e) => numbers.get(e.id)!.ladder === 'decimal' && PLAIN.test(numbers.get(e.id)!.label));
  const from = plain[plain.length - 1].id;
  let expected = 'A';
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (el.id <= from) continue;
    const text = el.text.trim();
    const n = numbers.get(el.id);
    const sub = n ? /^([A-Z])\./.exec(n.label) : null;
    if (sub && sub[1] >= expected) expected = String.fromCharCode(sub[1].charCodeAt(0) + 1);
    const m = LETTER.exec(text);
    if (!m || m[1] !== expected || n) continue;
    const taken = typed.has(el.id)
      ? true
      : el.type === 'text' &&
        isBody(el) &&
        !text.includes('\n') &&
        text.length <= LETTER_TEXT_LENGTH &&
        !/[.。!?！？;；,，:：]$/.test(text);
    if (!taken) continue;
    if (!typed.has(el.id)) out.add(el.id);
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  return out;
}
