// Appendices lettered as the sections are numbered: after "1 Introduction" … "5 Results", LaTeX's
// `\appendix` sets "A Derivations", "B Tables" ("B.1 …" below them). A lone capital and a space is no
// numbering parseNumbering() accepts (it would take "A new approach" for one), so the document's own
// habit decides: the letters run A, B, C … in reading order (a sub-section "A.1" stands for its letter),
// every one after the last section with a plain number, in a document whose first numbered heading is such a plain number (`letter-appendix`). They
// then take the plain numbers' key: siblings of the top sections, whatever the parser's levels say.
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
